package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Alice drafts a 40 % trim of INTC, sees the scores after it, saves and accepts it and finds the holdings changed; she
 * asks for a de-risking suggestion, saves it as a draft and downloads the client summary with it (its "Proposed
 * changes" section read back from the PDF); Bob, a viewer, reads that draft but cannot change it.
 */
@IntegrationTest
class ProposalsE2ETest extends BrowserTest {

    static final String PROPOSAL = "Trim INTC by 40 %";

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;

    @Test
    void draftATrimSeeTheEffectAcceptItSuggestAndAViewerOnlyReads() throws Exception {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        String client = "PUI Proposal Client " + System.nanoTime();
        long id = security.as("alice", () -> portfolios.create(new PortfolioDraft(client, "USD", null, List.of(
                new HoldingInput("INTC", new BigDecimal("900"), new BigDecimal("25")),
                new HoldingInput("MSFT", new BigDecimal("300"), null),
                new HoldingInput("KO", new BigDecimal("500"), new BigDecimal("40")),
                new HoldingInput("CASH", new BigDecimal("5000"), null))))).id();
        security.run("alice", () -> {
            long bob = sharing.shareablePeople(id).stream().filter(m -> m.username().equals("bob")).findFirst()
                    .orElseThrow().id();
            sharing.shareWithPerson(id, bob, AccessRole.VIEWER);
        });

        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios/view/" + id));
        page.locator("vaadin-tab").getByText("Proposals").click();
        page.locator("#new-proposal").click();
        page.locator("#proposal-name input").fill(PROPOSAL);
        Locator ticker = page.locator(".trade-ticker input").first();
        ticker.fill("INTC");
        ticker.press("Enter");
        Locator amount = page.locator(".trade-amount input").first();
        amount.fill("40");
        amount.press("Tab");
        assertThat(page.locator("#proposal-name")).containsText(PROPOSAL.length() + " / 120 characters");
        page.locator("#show-effect").click();

        Locator table = page.locator("#before-after-table");
        assertThat(table).isVisible();
        assertThat(page.locator("#proposal-executions")).containsText("Sell 360");
        assertThat(page.locator("#proposal-trading")).containsText("Estimated realised gain");
        assertThat(page.locator("#proposal-trading")).containsText("+$");
        assertThat(page.locator("#gain-method")).containsText("average cost");
        int changedScores = 0;
        for (String score : List.of("Momentum crowding score", "Reversal risk score", "Policy-shock exposure score")) {
            Locator row = table.locator("tr[data-measure='" + score + "']");
            assertThat(row).hasCount(1);
            if (!row.locator("td.before").textContent().equals(row.locator("td.after").textContent())) {
                changedScores++;
            }
        }
        assertThat(changedScores).as("a 40 % trim of the largest holding moves at least one score").isPositive();
        assertThat(table.locator("tr[data-measure='Overall grade'] td.after")).not().isEmpty();
        shoot(page.locator("#proposals-tab"), "65-proposal-editor");

        page.locator("#save-proposal").click();
        assertThat(page.locator("#proposal-state")).hasText("Status: Draft");
        assertThat(page.locator("#proposal-list")).containsText(PROPOSAL);
        assertThat(page.locator("#before-after-table")).isVisible();
        shoot(page.locator("#before-after"), "66-before-after");

        page.locator("#accept-proposal").click();
        assertThat(page.getByText("The holdings of this portfolio change: sell 40 % of the position of INTC.")).isVisible();
        page.waitForTimeout(400);
        screenshot("68-accept-confirmation");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Accept and change the holdings")).click();
        assertThat(page.locator("#accept-result")).containsText("Accepted");
        assertThat(page.locator("#proposal-state")).hasText("Status: Accepted");
        assertThat(page.locator("#proposal-list")).containsText("Accepted");
        assertThat(page.locator("#save-proposal")).isHidden();
        assertThat(page.locator("#saved-holdings-link")).hasAttribute("href", "portfolios/view/" + id);

        assertThat(security.as("alice", () -> portfolios.open(id)).content().holdings())
                .filteredOn(h -> h.ticker().equals("INTC")).singleElement()
                .satisfies(h -> assertThat(h.quantity()).isEqualByComparingTo("540"));
        page.navigate(url("portfolios/edit/" + id));
        assertThat(page.locator(".holding-quantity input").first()).hasValue("540");

        page.navigate(url("portfolios/view/" + id));
        page.locator("vaadin-tab").getByText("Proposals").click();
        page.locator("#open-suggestion").click();
        page.locator("#suggest-target").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Low").setVisible(true))
                .first().click();
        page.locator("#suggest-max-turnover input").fill("60");
        page.locator("#run-suggestion").click();
        assertThat(page.locator("#suggestion-outcome")).containsText("Target");
        assertThat(page.locator("#suggestion-steps li").first()).isVisible();
        shoot(page.locator("#suggestion-panel"), "67-suggestion");
        page.locator("#save-suggestion").click();
        assertThat(page.locator("#proposal-list")).containsText("Suggested: reach low or lower");

        // the client summary with the suggested draft: its "Proposed changes" section, read back from the PDF
        page.locator("vaadin-tab").getByText("Reports").click();
        page.locator("#report-proposal").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Suggested: reach low or lower").setVisible(true)).first().click();
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.locator("#download-client-summary").click());
        java.nio.file.Path file = java.nio.file.Path.of("target", "downloads", "proposal-" + id + ".pdf");
        download.saveAs(file);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Proposed changes").contains("Suggested: reach low or lower")
                    .contains("not advice to trade").contains("Low overall");
        }

        Page bob = openAs("bob", "bob-demo-2026");
        bob.navigate(url("portfolios/view/" + id));
        bob.locator("vaadin-tab").getByText("Proposals").click();
        assertThat(bob.locator("#proposal-list")).containsText("Suggested: reach low or lower");
        assertThat(bob.locator("#new-proposal")).isHidden();
        bob.getByLabel("Open proposal Suggested: reach low or lower").click();
        assertThat(bob.locator("#proposal-notice")).containsText("view access only");
        assertThat(bob.locator("#save-proposal")).isHidden();
        assertThat(bob.locator("#accept-proposal")).isHidden();
        assertThat(bob.locator(".trade-amount").first()).hasAttribute("readonly", "");
        assertThat(bob.locator("#before-after-table")).isVisible();
    }

    /** The part in a tall window: the analysis scrolls inside the layout, so a full-page shot would cut it. */
    private void shoot(Locator part, String name) {
        page.setViewportSize(1280, 2400);
        part.scrollIntoViewIfNeeded();
        page.waitForTimeout(500);
        part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
        page.setViewportSize(1280, 800);
    }
}
