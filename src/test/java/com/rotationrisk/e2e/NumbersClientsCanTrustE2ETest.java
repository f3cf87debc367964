package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Partial results never read as "no risk"; old data says so; future dates are refused; every figure explained. */
@com.rotationrisk.IntegrationTest
class NumbersClientsCanTrustE2ETest extends BrowserTest {

    @Test
    void aPortfolioMostlyInOneStockWithoutItsRotationLegIsNotGradedAndSaysWhy() {
        signIn("carol", "carol-demo-2026");
        page.navigate(url("portfolios"));
        clientRowButton(page, "Open", "Lindqvist Foundation").click();
        // AAPL (2013-2018) is most of the value; the rotation leg (NDX) ends in 2012, so the scenarios with a spread
        // shock can be priced only for the cash
        assertThat(page.locator("#kpi-policy-shock-exposure")).containsText("not assessed");
        assertThat(page.locator("#kpi-policy-shock-exposure")).containsText("cash only");
        assertThat(page.locator("#overall-grade")).containsText("Not graded");
        assertThat(page.locator("#grade-narrative")).containsText("No grade is given");
        assertThat(page.locator("#grade-narrative")).not().containsText("little sign");
        assertThat(page.locator("#kpi-worst-case")).containsText("Not assessed: Central-bank independence shock");
        assertThat(page.locator("#data-age")).containsText("days before today");
        page.locator("vaadin-tab").getByText("Scenarios").click();
        assertThat(page.locator("#scenario-results")).containsText("not assessed");
        screenshot("40-not-assessed-scenarios");
    }

    @Test
    void aFutureDateIsRefusedAtTheDateField() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios"));
        clientRowButton(page, "Open", "Harrison Family Trust").click();
        // Harrison: a Low-looking mean beside a Severe policy-shock exposure reads "High overall, Severe …"
        assertThat(page.locator("#overall-grade")).containsText("overall, Severe policy-shock exposure");
        Locator date = page.locator("#as-of input");
        date.fill("2099-01-02");
        date.press("Enter");
        assertThat(page.locator("#as-of")).hasAttribute("invalid", "");
        assertThat(page.locator("#as-of")).containsText(Pattern.compile("up to today"));
        // the numbers of the previous date are taken off the screen: they would pass for this date's
        assertThat(page.locator("#overall-grade")).hasCount(0);
        assertThat(page.locator("#as-of-problem")).containsText("Nothing is shown until a date with prices is chosen.");
        screenshot("41-future-date-refused");
    }

    @Test
    void theGlossaryExplainsEveryFigureInPlainWords() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("glossary"));
        assertThat(page.locator("#glossary-view")).containsText("Overall grade");
        assertThat(page.locator("#term-not-assessed")).containsText("Not assessed");
        assertThat(page.locator("#glossary-view")).containsText("Policy-shock exposure");
        assertThat(page.locator("#glossary-view")).not().containsText("BENCHMARK_MISSING");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Glossary")).isVisible();
        screenshot("42-glossary");
    }
}
