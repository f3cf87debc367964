package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;

/** An administrator allows two teams to share and withdraws it again, and sees the client portfolios page. */
@IntegrationTest
class SharingAdministrationE2ETest extends BrowserTest {

    @Test
    void anAdministratorAllowsAndWithdrawsSharingBetweenTwoTeams() {
        signIn("admin", "admin-demo-2026");
        page.navigate(url("admin/team-sharing"));
        page.locator("#pair-allow").click();
        assertThat(page.getByText("Choose two teams.")).isVisible();
        page.locator("#pair-first").click();
        page.locator("#pair-first vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Northbridge Advisors")
                .setVisible(true)).click();
        page.locator("#pair-second").click();
        page.locator("#pair-second vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Harbor Wealth Partners")
                .setVisible(true)).click();
        page.locator("#pair-allow").click();
        assertThat(page.locator("#pair-grid")).containsText("Northbridge Advisors ↔ Harbor Wealth Partners");
        page.waitForTimeout(400);
        screenshot("43-team-sharing");
        page.getByLabel("Withdraw sharing between Northbridge Advisors and Harbor Wealth Partners").click();
        assertThat(page.getByText("Sharing between Northbridge Advisors and Harbor Wealth Partners withdrawn"))
                .isVisible();

        page.navigate(url("admin/portfolios"));
        assertThat(page.locator("#portfolio-admin")).containsText("Hand over a departing advisor's clients");
        page.locator("#reassign-submit").click();
        assertThat(page.getByText("Choose both advisors.")).isVisible();
        page.waitForTimeout(400);
        screenshot("44-client-portfolios-admin");
    }
}
