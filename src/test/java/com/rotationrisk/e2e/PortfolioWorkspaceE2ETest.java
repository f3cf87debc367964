package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.rotationrisk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@IntegrationTest
class PortfolioWorkspaceE2ETest extends BrowserTest {

    private static void typeHolding(Page page, int row, String ticker, String quantity) {
        Locator tickerInput = page.locator(".holding-ticker input").nth(row);
        tickerInput.fill(ticker);
        tickerInput.press("Enter");
        Locator quantityInput = page.locator(".holding-quantity input").nth(row);
        quantityInput.fill(quantity);
        quantityInput.press("Tab");
    }

    @Test
    void aPortfolioWithFullBarsShowsEveryComponentThatTheDataAllows() {
        signIn("carol", "carol-demo-2026");
        page.navigate(url("portfolios"));
        clientRowButton(page, "Open", "Lindqvist Foundation").click();
        assertThat(page.locator("#as-of input")).hasValue("5/11/2018"); // the browser's locale, en-US
        page.locator("#positions-grid").getByText("AAPL").first().click();
        Locator detail = page.locator("#position-detail");
        assertThat(detail).containsText("Extension");
        assertThat(detail).containsText("Over the last 6 months it returned");
        assertThat(detail).containsText("Needs both legs of the rotation spread");
        page.locator("#position-charts").scrollIntoViewIfNeeded();
        screenshot("28-full-bars-position");

        // the positions grid exports as the screen shows it: numbers as numbers, a missing figure with its reason
        com.microsoft.playwright.Download csv = page.waitForDownload(
                () -> page.locator("#positions-export-csv").click());
        String text = readString(csv);
        org.assertj.core.api.Assertions.assertThat(text.lines().findFirst().orElseThrow()).contains(
                "Ticker,Name,Weight,Value,Crowding,Reversal,Policy shock,Price date,Why a figure is missing");
        org.assertj.core.api.Assertions.assertThat(text).contains("\nAAPL,");
    }

    private static String readString(com.microsoft.playwright.Download download) {
        try {
            return java.nio.file.Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anotherTeamCannotOpenAPortfolioByItsAddress() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios"));
        clientRowButton(page, "Open", "Dr. Amara Osei").click();
        assertThat(page).hasURL(Pattern.compile(".*/portfolios/view/\\d+$"));
        String address = page.url();
        signOut();
        signIn("carol", "carol-demo-2026");
        page.navigate(address);
        assertThat(page.locator("#not-found-view")).containsText("does not have access");
        assertThat(page.locator("body")).not().containsText("Amara");
        page.navigate(address.replace("/view/", "/edit/"));
        assertThat(page.locator("#not-found-view")).isVisible();
    }

    @Test
    void createByTypingImportWithABadRowSaveAndReopenAfterSigningInAgain() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios"));
        // alice collects portfolios from the other browser tests, so Harrison can sit below the rendered rows
        assertThat(page.locator("#portfolio-grid vaadin-grid-cell-content").first()).isVisible();
        screenshot("20-portfolio-list");
        assertThat(clientRowButton(page, "Open", "Harrison Family Trust")).isVisible();

        page.locator("#new-portfolio").click();
        page.locator("#client-name input").fill("E2E Client Wong");
        page.locator("#add-holding").click();
        typeHolding(page, 0, "IBM", "120");
        page.locator("#add-holding").click();
        typeHolding(page, 1, "ZZZZ", "-5");
        // a ticker outside the universe is not an error: it is kept as an unpriced holding
        assertThat(page.locator(".holding-ticker").nth(1)).containsText("Not priced yet: kept as an unpriced holding");
        assertThat(page.locator(".holding-ticker").nth(1)).not().hasAttribute("invalid", "");
        assertThat(page.locator(".holding-quantity").nth(1)).containsText("short positions are not supported");
        screenshot("22a-inline-validation");
        typeHolding(page, 1, "CASH", "5000");
        assertThat(page.locator(".holding-ticker").nth(1)).not().containsText("Not priced yet");
        assertThat(page.locator("#unsaved-flag")).isVisible();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Instruments")).click();
        assertThat(page.getByText("Discard unsaved changes?")).isVisible();
        page.locator("#discard-stay").click();
        assertThat(page.locator("#client-name input")).hasValue("E2E Client Wong");

        page.locator("#import-holdings").click();
        String csv = "Ticker,Quantity,Cost Basis\nMSFT,300,55.10\nKO,abc,40\nINTC,250,\n";
        page.locator("#holdings-upload input[type=file]").setInputFiles(
                new FilePayload("holdings.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#holdings-summary")).containsText("2 holdings will be taken, 1 row rejected");
        assertThat(page.locator("#holdings-rejected")).containsText("3");
        screenshot("21-holdings-import-preview");
        page.locator("#import-append").click();
        assertThat(page.locator(".holding-ticker")).hasCount(4);
        screenshot("22-portfolio-editor");

        page.locator("#save-portfolio").click();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Saved \"E2E Client Wong\""))).isVisible();
        assertThat(page.locator("#unsaved-flag")).isHidden();

        signOut();
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios"));
        clientRowButton(page, "Open", "E2E Client Wong").click();
        assertThat(page).hasURL(Pattern.compile(".*/portfolios/view/\\d+$"));
        assertThat(page.locator("#overall-grade")).not().containsText("Not graded");
        assertThat(page.locator("#as-of input")).hasValue(Pattern.compile(".*2001.*"));
        Locator positions = page.locator("#positions-grid");
        for (String ticker : new String[] {"IBM", "MSFT", "INTC", "CASH"}) {
            assertThat(positions).containsText(ticker);
        }
        screenshot("23-portfolio-analysis");
        positions.getByText("MSFT").first().click();
        assertThat(page.locator("#position-detail")).containsText("Momentum crowding");
        assertThat(page.locator("#position-detail")).containsText("RSI(14)");
        assertThat(page.locator("#position-charts svg")).hasCount(2);
        page.locator("#position-detail").scrollIntoViewIfNeeded();
        screenshot("24-position-drilldown");
        page.locator("vaadin-tab").getByText("Scenarios").click();
        assertThat(page.locator("#scenario-results")).containsText("Tariff shock");
        screenshot("25-scenarios");
    }

    @Test
    void aConflictingSaveFromAnotherBrowserShowsWhoChangedWhat() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios"));
        clientRowButton(page, "Open", "Harrison Family Trust").click();
        assertThat(page).hasURL(Pattern.compile(".*/portfolios/view/\\d+$"));
        page.navigate(page.url().replace("/view/", "/edit/"));
        assertThat(page.locator("#client-name input")).hasValue("Harrison Family Trust");

        BrowserContext bobContext = page.context().browser().newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800));
        Page bob = bobContext.newPage();
        try {
            bob.navigate(url("login"));
            bob.locator("input[name='username']").fill("bob");
            bob.locator("input[name='password']").fill("bob-demo-2026");
            bob.locator("vaadin-button[slot='submit']").click();
            bob.waitForURL(Pattern.compile(".*/$"));
            bob.navigate(url("portfolios"));
            bob.getByText("Shared with me").click();
            // bob's shared list is short: no search, whose re-render could swallow the click
            bob.getByLabel("Edit Harrison Family Trust").filter(new Locator.FilterOptions().setVisible(true)).first()
                    .click();
            Locator quantity = bob.locator(".holding-quantity input").first();
            quantity.fill("1500");
            quantity.press("Tab");
            bob.locator("#save-portfolio").click();
            assertThat(bob.locator("#unsaved-flag")).isHidden();
        } finally {
            bobContext.close();
        }

        Locator mine = page.locator(".holding-quantity input").nth(1);
        mine.fill("2100");
        mine.press("Tab");
        page.locator("#save-portfolio").click();
        Locator dialog = page.locator("vaadin-dialog");
        assertThat(dialog).containsText("Bob Chen saved this portfolio");
        assertThat(dialog).containsText("MSFT quantity 1200 → 1500");
        assertThat(dialog).containsText("INTC quantity 2000 → 2100");
        page.waitForTimeout(500); // let the dialog's opening animation finish for the screenshot
        screenshot("26-conflict-dialog");
        page.locator("#conflict-reload").click();
        assertThat(page.locator(".holding-quantity input").first()).hasValue("1500");
    }
}
