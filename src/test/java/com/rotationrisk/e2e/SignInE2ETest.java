package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.rotationrisk.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@IntegrationTest
class SignInE2ETest extends BrowserTest {

    @Test
    void advisorSignsInSeesTheMainViewAndSignsOut() {
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        screenshot("01-login");

        signIn("alice", "alice-demo-2026");
        assertThat(page.locator("#home-view")).containsText("Welcome, Alice Morgan");
        assertThat(page.locator("#signed-in-user")).hasText("Alice Morgan · Northbridge Advisors");
        assertThat(page.locator("#teammates")).containsText("Bob Chen");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Users");
        screenshot("02-home-advisor");

        signOut();
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() {
        signIn("bob", "definitely-wrong");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        screenshot("03-login-wrong-password");
        signIn("bob", "bob-demo-2026");
        assertThat(page.locator("#home-view")).containsText("Welcome, Bob Chen");
    }

    @Test
    void advisorCannotOpenTheAdminViewByUrl() {
        signIn("carol", "carol-demo-2026");
        page.navigate(url("admin/users"));
        assertThat(page.locator("#not-found-view")).containsText("does not exist, or your account does not have access");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        screenshot("04-admin-denied-for-advisor");
    }

    @Test
    void unknownAddressesShowAFriendlyNotFoundPage() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("no/such/page"));
        assertThat(page.locator("#not-found-view")).containsText("Page not found");
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("05-not-found");
    }

    @Test
    void anExpiredSessionGoesBackToSignInWithoutAStackTrace() {
        signIn("alice", "alice-demo-2026");
        assertThat(page.locator("#home-view")).isVisible();
        context.clearCookies();
        page.locator("vaadin-side-nav-item").first().click();
        page.reload();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("body")).not().containsText("Exception");
    }
}
