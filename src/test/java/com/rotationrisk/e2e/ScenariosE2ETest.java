package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ScenariosE2ETest extends BrowserTest {

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
        page.locator(".shock-pct input").last().fill("-9");
        screenshot("16-scenario-editor");
        page.locator("#save-scenario").click();
        assertThat(grid).containsText("Carol's stress");
        assertThat(grid).containsText("-7.0 %");
    }
}
