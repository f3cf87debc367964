package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.ShockReach;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #20, forms that forgive mistakes: a shock's sector is picked from the GICS list and shows how many holdings of
 * the advisor's book it reaches; a draft is deleted only through a confirmation that starts on Cancel; a PNG given to
 * the price import is refused as not text.
 */
@IntegrationTest
class PickListsE2ETest extends BrowserTest {

    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserDetailsService users;
    @Autowired ScenarioService scenarios;
    @Autowired ShockReach reach;

    @Test
    void aSectorIsPickedFromTheListShowsItsReachAndADraftIsDeletedOnlyThroughTheConfirmation() {
        SecurityTestSupport security = new SecurityTestSupport(users, securityContextStrategy);
        ShockReach.Reach financials = security.as("alice",
                () -> reach.inMyBook(new Shock(ShockTarget.SECTOR, "Financials", -5)));
        signIn("alice", "alice-demo-2026");
        page.navigate(url("scenarios"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Copy").setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
        String name = "Pick-list stress " + System.nanoTime() % 100_000;
        page.locator("vaadin-dialog #scenario-name input").fill(name);
        int rowsBefore = page.locator(".shock-row").count();
        page.locator("#add-shock").click();
        assertThat(page.locator(".shock-row")).hasCount(rowsBefore + 1); // the new row, not one of the copied shocks
        Locator row = page.locator(".shock-row").nth(rowsBefore);
        assertThat(row.locator(".shock-target input")).hasValue("Sector");

        // free text is no longer possible: typing opens the list, and only its entries can be chosen
        row.locator(".shock-key input").fill("financ");
        // wait until the list shows the filtered entries only, then pick from it
        assertThat(page.locator("vaadin-combo-box-item").getByText("Energy")).hasCount(0);
        assertThat(page.locator("vaadin-combo-box-item").getByText("Financials", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        row.locator(".shock-key input").fill("Financials");
        row.locator(".shock-key input").press("Enter");
        assertThat(row.locator(".shock-key input")).hasValue("Financials");
        org.assertj.core.api.Assertions.assertThat(financials.holdings()).as("alice's demo book holds banks").isPositive();
        assertThat(row.locator(".shock-reach")).hasText(financials.describe());
        row.locator(".shock-pct input").fill("-30");
        screenshot("45-shock-pick-list-and-reach");

        row.locator(".shock-target input").fill("Industry");
        row.locator(".shock-target input").press("Enter");
        assertThat(row.locator(".shock-key input")).hasValue("");
        row.locator(".shock-key input").fill("life & h");
        assertThat(page.locator("vaadin-combo-box-item").getByText("Life & Health Insurance (sub-industry, Financials)"))
                .isVisible();
        screenshot("46-shock-industry-list");
        row.locator(".shock-key input").press("ArrowDown"); // highlights the one entry the list shows
        row.locator(".shock-key input").press("Enter");
        assertThat(row.locator(".shock-key input")).hasValue("Life & Health Insurance (sub-industry, Financials)");
        page.locator("vaadin-dialog #save-scenario").click();
        screenshot("46b-after-save");
        Locator grid = page.locator("#scenario-grid");
        assertThat(grid).containsText(name);
        org.assertj.core.api.Assertions.assertThat(security.as("alice", () -> scenarios.visibleScenarios())).filteredOn(
                s -> s.name().equals(name)).flatExtracting(s -> s.content().shocks())
                .contains(new Shock(ShockTarget.INDUSTRY, "Life & Health Insurance", -30));

        // delete: the question starts on Cancel, so Enter by reflex keeps the draft
        Locator delete = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Delete " + name));
        delete.click();
        assertThat(page.locator("#confirm-destructive")).containsText("Delete the draft \"" + name + "\"?");
        page.waitForFunction("document.activeElement && document.activeElement.id === 'confirm-cancel'");
        screenshot("47-delete-scenario-confirmation");
        page.keyboard().press("Enter");
        assertThat(page.locator("#confirm-destructive")).isHidden();
        assertThat(grid).containsText(name);

        delete.click();
        page.locator("#confirm-destructive vaadin-button").getByText("Delete draft").click();
        assertThat(page.locator("vaadin-notification-card", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Deleted the draft"))).isVisible();
        // (the grid keeps recycled rows in the page, hidden: look at what is shown)
        assertThat(grid).not().containsText(name,
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setUseInnerText(true));
        org.assertj.core.api.Assertions.assertThat(security.as("alice", () -> scenarios.visibleScenarios()))
                .extracting(ScenarioView::name).doesNotContain(name);
    }

    @Test
    void aPngGivenToThePriceImportIsRefusedAsNotText() {
        signIn("admin", "admin-demo-2026");
        page.navigate(url("instruments/import"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        page.locator("#price-upload input[type=file]").setInputFiles(new FilePayload("prices.csv", "text/csv", png));
        assertThat(page.locator("#file-error")).containsText("This is not a text file (it looks like a PNG image)");
        assertThat(page.locator("#column-mapping")).isHidden();
        screenshot("48-price-import-png-refused");

        // under its own name the browser already refuses it
        page.locator("#price-upload input[type=file]").setInputFiles(new FilePayload("chart.png", "image/png", png));
        assertThat(page.locator("#file-error")).containsText("CSV or text files only");
    }

    @Test
    void disablingAUserAsksFirstAndStartsOnCancel() {
        signIn("admin", "admin-demo-2026");
        page.navigate(url("admin/users"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Disable carol")).click();
        assertThat(page.locator("#confirm-destructive")).containsText("Disable carol?");
        assertThat(page.locator("#confirm-destructive")).containsText("Their portfolios, the shares they gave");
        page.waitForFunction("document.activeElement && document.activeElement.id === 'confirm-cancel'");
        screenshot("49-disable-user-confirmation");
        page.keyboard().press("Escape");
        assertThat(page.locator("#confirm-destructive")).isHidden();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Disable carol"))).isVisible();
    }
}
