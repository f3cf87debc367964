package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Alice shares with Bob as viewer, makes him editor, revokes while he has it open; Carol of the other team never
 * sees it, by list, address or report URL.
 */
@IntegrationTest
class SharingE2ETest extends BrowserTest {

    static final String CLIENT = "Nakamura Household";

    @Autowired PortfolioService portfolios;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shareChangeRoleRevokeWhileOpenAndTheOtherTeamNeverSeesIt() {
        long id = new SecurityTestSupport(userDetails, securityContextStrategy).as("alice", () -> portfolios.create(
                new PortfolioDraft(CLIENT, "USD", "Shared in the browser test", List.of(
                        new HoldingInput("MSFT", new BigDecimal("300"), null),
                        new HoldingInput("KO", new BigDecimal("200"), null),
                        new HoldingInput("CASH", new BigDecimal("5000"), null))))).id();
        String view = url("portfolios/view/" + id);

        signIn("alice", "alice-demo-2026");
        page.navigate(view);
        page.locator("#share-portfolio").click();
        page.locator("#share-target input").fill("Bob");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Bob Chen")).click();
        page.locator("#share-submit").click();
        assertThat(page.locator("#access-grid")).containsText("Bob Chen (Northbridge Advisors)");
        page.waitForTimeout(400);
        screenshot("40-sharing-dialog");
        page.locator("#sharing-close").click();

        Page bob = openAs("bob", "bob-demo-2026");
        bob.navigate(url("portfolios"));
        bob.getByText("Shared with me").click();
        assertThat(bob.locator("#portfolio-grid")).containsText(CLIENT);
        bob.navigate(view);
        assertThat(bob.locator("h2")).containsText(CLIENT);
        assertThat(bob.locator("#edit-portfolio")).hasCount(0);
        bob.locator("vaadin-tab").getByText("Reports").click();
        Download report = bob.waitForDownload(() -> bob.locator("#download-client-summary").click());
        assertThat(report.suggestedFilename()).startsWith("Nakamura-Household-client-summary");
        bob.locator("#share-portfolio").click();
        assertThat(bob.locator("#sharing-dialog")).containsText("Only the owner can change who has access.");
        bob.locator("#sharing-close").click();

        page.locator("#share-portfolio").click();
        page.getByLabel("Access of Bob Chen (Northbridge Advisors)").first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Editor").setVisible(true)).click();
        assertThat(page.getByText("Bob Chen (Northbridge Advisors) is now editor")).isVisible();
        page.locator("#sharing-close").click();

        bob.reload();
        bob.locator("#edit-portfolio").click();
        Locator quantity = bob.locator(".holding-quantity input").first();
        quantity.fill("350");
        quantity.press("Tab");
        bob.locator("#save-portfolio").click();
        assertThat(bob.locator("#unsaved-flag")).isHidden();
        bob.navigate(view);
        assertThat(bob.locator("#edit-portfolio")).isVisible();

        page.locator("#share-portfolio").click();
        page.getByLabel("Revoke access of Bob Chen (Northbridge Advisors)").click();
        assertThat(page.getByText("Access of Bob Chen (Northbridge Advisors) revoked")).isVisible();
        assertThat(page.getByLabel("Revoke access of Bob Chen (Northbridge Advisors)")).isHidden();
        page.locator("#sharing-close").click();

        // the owner's history of the portfolio shows each step
        page.locator("#portfolio-history-button").click();
        Locator history = page.locator("#portfolio-audit-trail");
        for (String step : List.of("Portfolio shared", "Share role changed", "Portfolio changed", "Report generated",
                "Share revoked", "viewer → editor", "MSFT quantity 300 → 350")) {
            assertThat(history).containsText(step);
        }
        page.waitForTimeout(400);
        screenshot("42-portfolio-history");

        // Bob still has the analysis open; his next action is refused and the view closes to the list
        bob.locator("#share-portfolio").click();
        assertThat(bob.getByText("You no longer have access to this portfolio")).isVisible();
        assertThat(bob).hasURL(Pattern.compile(".*/portfolios$"));
        screenshot(bob, "41-access-ended");
        bob.getByText("Shared with me").click();
        assertThat(bob.locator("#portfolio-grid")).not().containsText(CLIENT);

        Page carol = openAs("carol", "carol-demo-2026");
        carol.navigate(url("portfolios"));
        assertThat(carol.locator("#portfolio-grid")).not().containsText(CLIENT);
        carol.getByText("Shared with me").click();
        assertThat(carol.locator("#portfolio-grid")).not().containsText(CLIENT);
        carol.navigate(view);
        assertThat(carol.getByText("Page not found")).isVisible();
        long archived = jdbc.queryForObject("select max(id) from report_archive where portfolio_id = ?", Long.class, id);
        APIResponse pdf = carol.request().get(url("reports/archive/" + archived + ".pdf"));
        assertThat(pdf.status()).isIn(403, 404);
        assertThat(pdf.headers().getOrDefault("content-type", "")).doesNotContain("pdf");
        APIResponse bobsPdf = bob.request().get(url("reports/archive/" + archived + ".pdf"));
        assertThat(bobsPdf.status()).isIn(403, 404);
    }

    private static void screenshot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
