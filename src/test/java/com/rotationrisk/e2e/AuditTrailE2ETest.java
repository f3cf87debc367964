package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.rotationrisk.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** #13: an administrator reads the trail (their own sign-in is in it), filters it and downloads it as CSV. */
@IntegrationTest
class AuditTrailE2ETest extends BrowserTest {

    @Test
    void anAdministratorFiltersTheTrailAndDownloadsIt() throws IOException {
        signIn("admin", "admin-demo-2026");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Audit trail")).click();
        page.locator("#audit-user input").fill("admin");
        page.locator("#audit-user input").press("Enter");
        assertThat(page.locator("#audit-grid")).containsText("Signed in");
        screenshot("20-audit-trail");

        page.locator("#audit-from input").fill("12/31/2099");
        page.locator("#audit-from input").press("Enter");
        page.locator("#audit-to input").fill("1/1/2000");
        page.locator("#audit-to input").press("Enter");
        assertThat(page.locator("#audit-from")).containsText("on or before the last day");
        screenshot("21-audit-trail-invalid-period");

        page.locator("#audit-from input").fill("");
        page.locator("#audit-from input").press("Enter");
        page.locator("#audit-to input").fill("");
        page.locator("#audit-to input").press("Enter");
        Download download = page.waitForDownload(() -> page.locator("#audit-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("actor_username", "admin", "Signed in");
    }
}
