package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.faults.PostgresFixtures;
import com.rotationrisk.faults.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #14: the database goes away while an advisor is signed in and comes back. The application reaches its
 * database through a {@link TcpProxy} the test cuts: the advisor's save is refused with the notice that nothing was
 * saved (no error page, no stack trace), and once the proxy is back the same save goes through, without a restart
 * and without signing in again. On an H2 database in server mode and, when one is named, on the PostgreSQL server
 * the tests were given (a fresh schema). Screenshots 45 and 46.
 */
abstract class DatabaseOutageE2ETest extends BrowserTest {

    @Autowired
    ConfigurableApplicationContext app;

    /** The relay between the application and its database. */
    abstract TcpProxy proxy();

    /** Which database, in the screenshots' names. */
    abstract String database();

    @Test
    void aSaveDuringAnOutageSaysNothingWasSavedAndTheSameSaveWorksOnceTheDatabaseIsBack() {
        String password = "alice-demo-2026";
        if (database().equals("postgres")) {
            PostgresFixtures.ensure(app, new SecurityTestSupport(app.getBean(UserDetailsService.class),
                    app.getBean(SecurityContextHolderStrategy.class)));
            password = PostgresFixtures.ALICE_PASSWORD;
        }
        signIn("alice", password);
        page.navigate(url("portfolios"));
        assertThat(page.locator("#portfolio-grid")).containsText("Harrison Family Trust");
        page.locator("#new-portfolio").click();
        page.locator("#client-name input").fill("Outage Client Park");
        page.locator("#add-holding").click();
        Locator ticker = page.locator(".holding-ticker input").first();
        ticker.fill("IBM");
        ticker.press("Enter");
        page.locator(".holding-quantity input").first().fill("150");
        page.locator(".holding-quantity input").first().press("Tab");

        proxy().cut();
        page.locator("#save-portfolio").click();
        Locator notice = page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("The database is not reachable right now; nothing was saved."));
        assertThat(notice).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
        assertThat(page.locator("#client-name input")).hasValue("Outage Client Park");
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("45-database-unreachable-notice-" + database());

        proxy().restore();
        page.locator("#save-portfolio").click();
        try {
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                    .setHasText("Saved \"Outage Client Park\""))).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        } catch (AssertionError notSaved) {
            screenshot("46-database-back-not-saved-" + database());
            throw notSaved;
        }
        page.navigate(url("portfolios"));
        assertThat(page.locator("#portfolio-grid")).containsText("Outage Client Park");
        screenshot("46-database-back-saved-" + database());
    }

}
