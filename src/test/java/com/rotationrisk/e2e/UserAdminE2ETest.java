package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class UserAdminE2ETest extends BrowserTest {

    @Test
    void adminCreatesAnAdvisorAndBadInputIsShownAtTheField() {
        signIn("admin", "admin-demo-2026");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
        assertThat(page.locator("vaadin-grid")).containsText("alice");
        screenshot("06-admin-users");

        page.locator("#new-user").click();
        page.locator("#username input").fill("frank");
        page.locator("#display-name input").fill("Frank Ode");
        page.locator("#password input").fill("short");
        page.locator("#create-user").click();
        assertThat(page.locator("#password")).containsText("at least 10 characters");
        screenshot("07-admin-new-user-invalid");

        page.locator("#password input").fill("frank-password-1");
        page.locator("#create-user").click();
        assertThat(page.locator("#team")).containsText("An advisor must belong to a team");

        page.locator("#team input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Harbor Wealth Partners")).click();
        page.locator("#create-user").click();
        assertThat(page.locator("vaadin-grid")).containsText("Frank Ode");

        signOut();
        signIn("frank", "frank-password-1");
        assertThat(page.locator("#signed-in-user")).hasText("Frank Ode · Harbor Wealth Partners");
    }
}
