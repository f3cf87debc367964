package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ScenariosE2ETest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired ScenarioService scenarios;
    @Autowired UserDetailsService users;

    @Test
    void anAdvisorCopiesABuiltInScenarioEditsItAndBadInputIsShownAtTheField() {
        signIn("carol", "carol-demo-2026");
        page.navigate(url("scenarios"));
        Locator grid = page.locator("#scenario-grid");
        assertThat(grid).containsText("Tariff shock");
        assertThat(grid).containsText("Built-in");
        screenshot("15-scenarios");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Copy").setExact(true)).first().click();
        assertThat(page.locator("#scenario-name input")).hasValue(java.util.regex.Pattern.compile("Copy of .*"));
        page.locator("#scenario-name input").fill("Carol's stress");
        page.locator("#scenario-market input").fill("-150");
        page.locator("#save-scenario").click();
        assertThat(page.locator("#scenario-market")).containsText("between -100 and 100");

        page.locator("#scenario-market input").fill("-7");
        int shocks = page.locator(".shock-key").count();
        page.locator("#add-shock").click();
        assertThat(page.locator(".shock-key")).hasCount(shocks + 1);
        page.locator(".shock-key input").last().fill("Energy");
        page.locator(".shock-key input").last().press("Enter");
        page.locator(".shock-pct input").last().fill("-9");
        screenshot("16-scenario-editor");
        page.locator("#save-scenario").click();
        assertThat(grid).containsText("Carol's stress");
        assertThat(grid).containsText("-7.0 %");
    }

    @Test
    void cancellingACopyCreatesNothingAndADraftIsPublishedOnlyUnderANameOfItsOwn() {
        SecurityTestSupport security = new SecurityTestSupport(users, securityContextStrategy);
        int before = security.as("bob", () -> scenarios.visibleScenarios()).size();
        signIn("bob", "bob-demo-2026");
        page.navigate(url("scenarios"));
        Locator grid = page.locator("#scenario-grid");
        assertThat(grid).containsText("Tariff shock");
        Locator copyButtons = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Copy").setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));

        copyButtons.first().click();
        assertThat(page.locator("vaadin-dialog #scenario-name input"))
                .hasValue(java.util.regex.Pattern.compile("Copy of .*"));
        assertThat(page.locator("vaadin-dialog #publish-scenario")).hasCount(0); // a copy is saved as a draft first
        page.locator("vaadin-dialog #cancel-scenario").click();
        assertThat(page.locator("#scenario-name")).hasCount(0);
        // (the grid may show teammates' drafts named "Copy of …", so count in the service)
        org.assertj.core.api.Assertions.assertThat(security.as("bob", () -> scenarios.visibleScenarios())).hasSize(before);

        // saved as it is, the copy is a draft; publishing it under "Copy of …" is refused at the name field
        copyButtons.first().click();
        String copyName = page.locator("vaadin-dialog #scenario-name input").inputValue();
        page.locator("vaadin-dialog #save-scenario").click();
        // the dialog closes on a save; the row may be below the grid's rendered rows (other tests' drafts), so the
        // draft is checked in the service
        assertThat(page.locator("#scenario-name")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(security.as("bob", () -> scenarios.visibleScenarios()))
                .filteredOn(s -> s.name().equals(copyName)).extracting(ScenarioView::published).containsExactly(false);
        org.assertj.core.api.Assertions.assertThat(security.as("bob", () -> scenarios.visibleScenarios())).hasSize(before + 1);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit").setExact(true)).first().click();
        page.locator("vaadin-dialog #publish-scenario").click();
        assertThat(page.locator("vaadin-dialog #scenario-name")).containsText("a name of its own");
        screenshot("16b-publish-refused");
        org.assertj.core.api.Assertions.assertThat(security.as("bob", () -> scenarios.visibleScenarios())).filteredOn(ScenarioView::published)
                .extracting(ScenarioView::name).doesNotContain(copyName);

        String ownName = "Bob's steel tariffs " + System.nanoTime() % 100_000;
        page.locator("vaadin-dialog #scenario-name input").fill(ownName);
        page.locator("vaadin-dialog #publish-scenario").click();
        assertThat(page.locator("#scenario-name")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(security.as("bob", () -> scenarios.visibleScenarios())).filteredOn(ScenarioView::published)
                .extracting(ScenarioView::name).contains(ownName);
        screenshot("16c-published");
    }
}
