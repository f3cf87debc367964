package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue 20: the holdings editor forgives mistakes, and the analysis' as-of date lives in the address. */
@IntegrationTest
class FormsForgiveMistakesE2ETest extends BrowserTest {

    private static final String CLIENT = "Forms E2E Wong";

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired JdbcTemplate jdbc;

    private Locator field(String kind, int row) {
        return page.locator(".holding-" + kind).nth(row);
    }

    private void type(String kind, int row, String text) {
        Locator input = field(kind, row).locator("input");
        input.fill(text);
        input.press(kind.equals("ticker") ? "Enter" : "Tab");
    }

    @Test
    void fourMistakesAtOnceThenOneSaveAndTheAnalysisDateInTheAddress() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios/edit"));
        Locator name = page.locator("#client-name");
        name.locator("input").fill("N".repeat(249));
        name.locator("input").press("Tab");
        assertThat(name).containsText("249 / 200 characters");
        page.locator("#add-holding").click();
        type("ticker", 0, "B@D");
        type("quantity", 0, "100");
        page.locator("#add-holding").click();
        type("ticker", 1, "apple");
        assertThat(field("ticker", 1).locator("input")).hasValue("AAPL — Apple Inc.");
        field("quantity", 1).locator("input").focus();
        page.keyboard().insertText("1,000"); // as a paste does
        field("quantity", 1).locator("input").press("Tab");
        assertThat(field("quantity", 1).locator("input")).hasValue("1,000");
        assertThat(field("quantity", 1)).not().hasAttribute("invalid", "");
        page.locator("#add-holding").click();
        type("ticker", 2, "IBM");
        type("quantity", 2, "-5");
        type("cost", 2, "abc");

        page.locator("#save-portfolio").click();
        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("4 problems to fix before saving:");
        assertThat(summary).containsText("The client name must be at most 200 characters (it has 249).");
        assertThat(summary).containsText("Row 1: ticker 'B@D' has invalid characters");
        assertThat(summary).containsText("Row 3: the quantity of IBM must be more than zero");
        assertThat(summary).containsText("Row 3: the cost basis \u201Cabc\u201D cannot be read as an amount");
        assertThat(summary).hasAttribute("aria-live", "assertive");
        assertThat(page.locator("#client-name[invalid], .holding-ticker[invalid], .holding-quantity[invalid], "
                + ".holding-cost[invalid]")).hasCount(4);
        assertThat(name.locator("input")).hasValue("N".repeat(249)); // refused, never cut
        screenshot("45-four-mistakes-at-once");

        page.locator("#add-holding").click(); // adding a row keeps every error on screen
        assertThat(page.locator(".holding-ticker[invalid], .holding-quantity[invalid], .holding-cost[invalid]"))
                .hasCount(3);
        page.getByLabel("Remove holding on row 4").click();

        summary.getByText("Row 3: the quantity of IBM").click();
        // by its accessible name: after a re-render the grid's DOM order is not the row order. Not asserted: that
        // the click above focuses the field (it did in one run of three after a row was removed; see the report)
        Locator quantity3 = page.getByLabel("Quantity of IBM, row 3", new Page.GetByLabelOptions().setExact(true));
        quantity3.fill("5");
        quantity3.press("Tab");
        assertThat(summary).containsText("3 problems to fix before saving:");
        Locator cost3 = page.getByLabel("Cost basis per share of IBM, row 3", new Page.GetByLabelOptions().setExact(true));
        cost3.fill("$1,000.50");
        cost3.press("Tab");
        Locator ticker1 = page.getByLabel("Ticker, row 1", new Page.GetByLabelOptions().setExact(true));
        ticker1.fill("MSFT");
        ticker1.press("Enter");
        name.locator("input").fill(CLIENT);
        name.locator("input").press("Tab");
        assertThat(summary).isHidden();

        page.locator("#save-portfolio").dblclick();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Saved \"" + CLIENT + "\""))).isVisible();
        assertThat(page.locator("#view-analysis")).isVisible();
        screenshot("46-saved-next-step");
        Map<String, Object> stored = jdbc.queryForMap("select count(*) n, max(id) id from portfolio "
                + "where client_name = ? and deleted_at is null", CLIENT);
        assertThat(((Number) stored.get("n")).intValue()).isEqualTo(1);
        long id = ((Number) stored.get("id")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ? and action = 'SAVE'",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select quantity from holding where portfolio_id = ? and ticker = "
                + "'AAPL'", BigDecimal.class, id)).isEqualByComparingTo("1000");

        page.locator("#view-analysis").click();
        assertThat(page).hasURL(Pattern.compile(".*/portfolios/view/" + id + "$"));
        page.navigate(url("portfolios/view/" + id + "?asOf=2000-12-29"));
        Locator date = page.locator("#as-of input");
        assertThat(date).hasValue("12/29/2000");
        assertThat(page.locator("#as-of")).containsText("Prices from");
        page.reload();
        assertThat(date).hasValue("12/29/2000");
        assertThat(page.locator("#overall-grade")).isVisible();

        date.fill("2000-12-28");
        date.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/portfolios/view/" + id + "\\?asOf=2000-12-28$"));
        page.reload();
        assertThat(date).hasValue("12/28/2000");

        date.fill("abc");
        date.press("Enter");
        assertThat(page.locator("#as-of")).hasAttribute("invalid", "");
        assertThat(page.locator("#as-of")).containsText("6/15/2000 or 2000-06-15");
        assertThat(page.locator("#as-of-problem")).isVisible();
        assertThat(page.locator("#overall-grade")).hasCount(0);
        screenshot("47-as-of-not-a-date");

        page.navigate(url("portfolios/view/" + id + "?asOf=1990-01-02"));
        assertThat(page.locator("#as-of-problem")).containsText("No prices before");
        assertThat(page.locator("#overall-grade")).hasCount(0);
    }

    @Test
    void aGermanBrowserSeesGermanDatesAndIsToldWhichFormatsAUsDateMayTake() {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        long id = security.as("alice", () -> portfolios.create(new PortfolioDraft("Forms E2E Müller", "USD", null,
                List.of(new HoldingInput("IBM", BigDecimal.TEN, null))))).id();
        BrowserContext german = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(1280, 800));
        try {
            Page p = german.newPage();
            p.navigate(url("login"));
            p.locator("input[name='username']").fill("alice");
            p.locator("input[name='password']").fill("alice-demo-2026");
            p.locator("vaadin-button[slot='submit']").click();
            p.waitForURL(Pattern.compile(".*/$"));
            p.navigate(url("portfolios/view/" + id + "?asOf=2000-12-29"));
            Locator date = p.locator("#as-of input");
            assertThat(date).hasValue("29.12.2000");
            date.fill("06/15/2000");
            date.press("Enter");
            assertThat(p.locator("#as-of")).hasAttribute("invalid", "");
            assertThat(p.locator("#as-of")).containsText("15.06.2000 or 2000-06-15");
            assertThat(p.locator("#overall-grade")).hasCount(0);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("50-as-of-german-locale.png")));
        } finally {
            german.close();
        }
    }

    @Test
    void theDiscardDialogFocusesStay() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios/edit"));
        page.locator("#client-name input").fill("Forms E2E unsaved");
        page.locator("#client-name input").press("Tab");
        assertThat(page.locator("#unsaved-flag")).isVisible();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Instruments")).click();
        assertThat(page.locator("#discard-stay")).hasAttribute("focused", "");
        page.waitForTimeout(400); // the dialog's opening animation, for the screenshot
        screenshot("48-discard-focuses-stay");
        page.keyboard().press("Enter");
        assertThat(page.locator("#discard-dialog")).hasCount(0);
        assertThat(page.locator("#client-name input")).hasValue("Forms E2E unsaved");
    }

    @Test
    void aViewerWhoOpensTheEditAddressGetsAReadOnlyForm() {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        long id = security.as("alice", () -> portfolios.create(new PortfolioDraft("Forms E2E viewer's view", "USD",
                null, List.of(new HoldingInput("IBM", BigDecimal.TEN, null))))).id();
        security.run("alice", () -> sharing.shareWithOwnTeam(id, AccessRole.VIEWER));
        signIn("bob", "bob-demo-2026");
        page.navigate(url("portfolios/edit/" + id));
        assertThat(page.locator("#client-name input")).hasValue("Forms E2E viewer's view");
        assertThat(page.locator("#save-portfolio")).isDisabled();
        assertThat(page.locator("#client-name")).hasAttribute("readonly", "");
        assertThat(page.locator("#add-holding")).isHidden();
        assertThat(page.locator("#form-error")).containsText("view access only");
        screenshot("49-viewer-read-only-form");
    }
}
