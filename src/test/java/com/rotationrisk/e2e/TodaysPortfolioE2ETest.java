package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client's portfolio of today: a January 2026 Fidelity export whose tickers the universe mostly
 * lacks is imported whole, the analysis names what is unpriced, the advisor adds the tickers (described
 * from the provider's profile where it has one) and fetches their prices from an Alpha Vantage-format
 * server on loopback, and the analysis then scores every holding. Its own application context: the
 * provider is switched on and its database is separate from the other tests'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TodaysPortfolioE2ETest extends BrowserTest {

    private static final AlphaVantageReplay PROVIDER = AlphaVantageReplay.start();

    private static final String EXPORT = String.join("\n",
            "Account Number,Account Name,Symbol,Description,Quantity,Last Price,Last Price Change,Current Value,"
                    + "Today's Gain/Loss Dollar,Today's Gain/Loss Percent,Total Gain/Loss Dollar,Total Gain/Loss Percent,"
                    + "Percent Of Account,Cost Basis Total,Average Cost Basis,Type",
            "Z98765432,Individual,SPAXX**,HELD IN MONEY MARKET,,,,$5000.00,,,,,4.10%,,,Cash,",
            "Z98765432,Individual,IWM,ISHARES RUSSELL 2000 ETF,100,$262.10,+$1.05,$26210.00,,,,,21.50%,$21000.00,$210.00,Cash,",
            "Z98765432,Individual,V,VISA INC CLASS A,40,$348.50,-$0.40,$13940.00,,,,,11.44%,$10000.00,$250.00,Cash,",
            "Z98765432,Individual,MA,MASTERCARD INC CLASS A,20,$575.30,+$2.10,$11506.00,,,,,9.44%,$8000.00,$400.00,Cash,",
            "Z98765432,Individual,AAPL,APPLE INC,50,$259.37,+$1.25,$12968.50,,,,,10.64%,$7500.00,$150.00,Cash,",
            "Z98765432,Individual,QQQ,INVESCO QQQ TRUST,30,$626.80,+$3.20,$18804.00,,,,,15.43%,$15000.00,$500.00,Cash,",
            "Z98765432,Individual,BRK/B,BERKSHIRE HATHAWAY INC CLASS B,25,$502.10,+$0.90,$12552.50,,,,,10.30%,$11000.00,$440.00,Cash,",
            "",
            "\"Date downloaded Jan-09-2026 4:07 p.m ET\"", "");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:rotationrisk-provider-test;DB_CLOSE_DELAY=-1");
        registry.add("rotationrisk.marketdata.online.enabled", () -> "true");
        // IWM is a leg of the default alternative spread, which only an administrator may change (tested in
        // ReferenceDataTest); here the advisor adds today's holdings, so the alternative spread is another pair.
        registry.add("rotationrisk.rotation.alternatives[0].name", () -> "Growth minus value (IWF − IWD)");
        registry.add("rotationrisk.rotation.alternatives[0].rotation-leg", () -> "IWF");
        registry.add("rotationrisk.rotation.alternatives[0].market-leg", () -> "IWD");
        registry.add("rotationrisk.marketdata.online.provider", () -> "alpha-vantage");
        registry.add("rotationrisk.marketdata.online.base-url", PROVIDER::baseUrl);
        registry.add("rotationrisk.marketdata.online.api-key", () -> "local-test-key");
        registry.add("rotationrisk.marketdata.online.requests-per-minute", () -> "0");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    void aBrokerExportOfTodayIsKeptWholeThenPricedAndScored() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios"));
        page.locator("#new-portfolio").click();
        page.locator("#client-name input").fill("Ramos Household");
        page.locator("#import-holdings").click();
        page.locator("#holdings-upload input[type=file]").setInputFiles(new FilePayload("Portfolio_Positions.csv",
                "text/csv", EXPORT.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#holdings-summary")).containsText("7 holdings will be taken, 0 rows rejected");
        assertThat(page.locator("#holdings-summary")).containsText("Kept as unpriced holdings");
        assertThat(page.locator("#holdings-summary")).containsText("IWM, V, MA, QQQ, BRK.B");
        assertThat(page.locator("#holdings-accepted")).containsText("file price 262.1 as of 2026-01-09");
        screenshot("30-import-unpriced-preview");
        page.locator("#import-replace").click();
        assertThat(page.locator(".holding-ticker")).hasCount(7);
        page.locator("#save-portfolio").click();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Saved \"Ramos Household\""))).isVisible();
        page.waitForURL(Pattern.compile(".*/portfolios/edit/\\d+$"));
        Matcher id = Pattern.compile(".*/portfolios/edit/(\\d+)$").matcher(page.url());
        assertThat(id.matches()).isTrue();

        page.navigate(url("portfolios/view/" + id.group(1)));
        Locator coverage = page.locator("#coverage");
        assertThat(coverage).containsText("unpriced: IWM, V, MA, QQQ, BRK.B");
        assertThat(page.locator("#unscored-grid")).containsText("BRK.B");
        assertThat(page.locator("#positions-grid")).containsText("AAPL");
        // the holdings that cannot be scored stay in the positions grid, marked
        assertThat(page.locator("#positions-grid")).containsText(Pattern.compile("not (scored|valued)"));
        screenshot("31-coverage-line");

        addToUniverse("IWM", "iShares Russell 2000 ETF", null, "SMALL"); // a broad ETF: no single GICS sector
        addToUniverse("V", null, null, null);
        addToUniverse("MA", null, null, null);
        addToUniverse("QQQ", "Invesco QQQ Trust", "Information Technology", "LARGE");
        addToUniverse("BRK.B", null, null, null);

        Locator fetch = page.locator("#fetch-prices");
        assertThat(fetch).containsText("IWM, V, MA, QQQ, BRK.B");
        fetch.click();
        // The five now have 2026 prices; AAPL's bundled history ends in 2018 and holds the date back.
        assertThat(page.locator("#fetch-prices")).containsText("Fetch prices for AAPL");
        page.locator("#fetch-prices").click();

        assertThat(page.locator("#as-of input")).hasValue("1/9/2026"); // the browser's locale, en-US
        assertThat(page.locator("#coverage")).containsText("Scored: 100 % of value");
        Locator positions = page.locator("#positions-grid");
        for (String ticker : new String[] {"CASH", "IWM", "V", "MA", "AAPL", "QQQ", "BRK.B"}) {
            assertThat(positions).containsText(ticker);
        }
        assertThat(page.locator("#unscored-grid")).hasCount(0);
        assertThat(page.locator("#grade-rule")).containsText("Rotation spread: Nasdaq-100 minus S&P 500");
        screenshot("32-scored-after-fetch");
        assertThat(PROVIDER.requests).contains("OVERVIEW V", "TIME_SERIES_DAILY BRK.B", "TIME_SERIES_DAILY AAPL");

        signOut();
        signIn("admin", "admin-demo-2026");
        page.navigate(url("instruments/refresh"));
        page.locator("#refresh-now").click();
        assertThat(page.locator("#refresh-status")).hasText(Pattern.compile("Last refresh: .* by admin\\)\\."));
        assertThat(page.locator("#refresh-results")).containsText("IWM");
        assertThat(page.locator("#refresh-results")).containsText("300 bars stored, 20 held back for review");
        assertThat(page.locator("#held-back-bars")).containsText(AlphaVantageReplay.UNADJUSTED_SPLIT);
        assertThat(page.locator("#held-back-bars")).containsText("likely an unadjusted split");
        screenshot("33-price-refresh");

        page.navigate(url("instruments"));
        page.locator("#instrument-search input").fill("Visa");
        page.waitForFunction("document.querySelector('#instrument-grid').size === 1");
        page.locator("#instrument-grid").getByText("Visa Inc").first().click();
        assertThat(page.locator("#bar-sources")).containsText("Alpha Vantage");
        assertThat(page.locator("#bar-sources")).containsText("1/9/2026"); // the browser's locale, en-US
        screenshot("34-instrument-bar-sources");
    }

    private void addToUniverse(String ticker, String name, String sector, String size) {
        page.locator("#add-instrument-" + ticker.replaceAll("[^A-Za-z0-9]", "-")).click();
        Locator dialog = page.locator("#add-instrument");
        assertThat(page.locator("#new-name")).isVisible();
        if (name == null) {
            assertThat(page.locator("#new-name input")).not().hasValue("");
            assertThat(page.locator("#new-sector input")).hasValue("Financials");
        } else {
            page.locator("#new-name input").fill(name);
            page.locator("#new-type input").fill("ETF");
            page.locator("#new-type input").press("Enter");
            if (sector != null) {
                page.locator("#new-sector input").fill(sector);
                page.locator("#new-sector input").press("Enter");
            }
            page.locator("#new-size input").fill(size);
            page.locator("#new-size input").press("Enter");
        }
        if (ticker.equals("V")) {
            screenshot("31a-add-instrument-from-profile");
        }
        page.locator("#add-instrument-save").click();
        assertThat(dialog).hasCount(0);
    }
}
