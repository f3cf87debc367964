package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.rotationrisk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@IntegrationTest
class PriceImportE2ETest extends BrowserTest {

    /** Yahoo layout, 60 weekday rows of illustrative prices, with one row whose high is below its low. */
    private static byte[] yahooFile() {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        LocalDate day = LocalDate.of(2019, 3, 1);
        for (int i = 0; i < 60; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            double close = 40 + i * 0.1;
            if (i == 30) {
                csv.append(String.format(Locale.US, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d%n", day, close, close - 2,
                        close + 2, close, close, 5000));
            } else {
                csv.append(String.format(Locale.US, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d%n", day, close, close + 1,
                        close - 1, close, close, 5000 + i));
            }
            day = day.plusDays(1);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void advisorWithPermissionPreviewsFixesAndImportsANewSymbol() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("instruments/import"));
        page.locator("#price-upload input[type=file]")
                .setInputFiles(new FilePayload("payx_daily.csv", "text/csv", yahooFile()));

        assertThat(page.locator("#import-summary")).containsText("YAHOO file \"payx_daily.csv\": 60 data rows, 59 valid");
        assertThat(page.locator("#import-problems")).containsText("32");
        assertThat(page.locator("#import-problems")).containsText("is below low");
        assertThat(page.locator("#import-symbol input")).hasValue("PAYX");
        screenshot("11-price-import-preview");

        page.locator("#confirm-import").click();
        assertThat(page.locator("#skip-rejected")).hasAttribute("invalid", "");

        page.locator("#skip-rejected").click();
        page.locator("#confirm-import").click();
        assertThat(page.locator("#new-name")).containsText("PAYX is new: enter its name");

        page.locator("#new-name input").fill("Paychex Test Import");
        page.locator("#new-sector input").fill("Industrials");
        page.locator("#new-sector input").press("Enter");
        page.locator("#new-size input").click();
        page.locator("vaadin-combo-box-item").getByText("MID").click();
        page.locator("#confirm-import").click();
        assertThat(page.locator("vaadin-notification-card", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Imported 59 bars of PAYX"))).isVisible();
        assertThat(page.locator("#import-history")).containsText("alice");
        screenshot("12-price-import-done");

        page.navigate(url("instruments"));
        page.locator("#instrument-search input").fill("PAYX");
        assertThat(page.locator("#instrument-grid")).containsText("Paychex Test Import");
    }

    @Test
    void aFileInAnUnknownLayoutGetsAMappingStep() {
        signIn("admin", "admin-demo-2026");
        page.navigate(url("instruments/import"));
        // A spreadsheet saved under a .csv name is refused by the server as binary, not mapped as a CSV.
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        page.locator("#price-upload input[type=file]")
                .setInputFiles(new FilePayload("prices.csv", "text/csv", xlsx));
        assertThat(page.locator("#file-error")).containsText("“prices.csv”: This is not a text file (it looks like a ZIP archive)");
        assertThat(page.locator("#column-mapping")).isHidden();

        String csv = "Day;Px;Vol\n02.01.2019;10,5;100\n03.01.2019;10,7;120\n04.01.2019;abc;90\n";
        page.locator("#price-upload input[type=file]")
                .setInputFiles(new FilePayload("mapped.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#file-error")).containsText("Map the columns yourself");
        assertThat(page.locator("#column-mapping")).isVisible();
        page.locator("#map-close input").click();
        page.locator("vaadin-combo-box-item").getByText("Px").click();
        page.locator("#map-date-pattern input").fill("dd.MM.yyyy");
        page.keyboard().press("Enter");
        page.locator("#apply-mapping").click();
        assertThat(page.locator("#import-summary")).containsText("3 data rows, 2 valid");
        assertThat(page.locator("#import-problems")).containsText("not a number in Px");
        screenshot("13-price-import-mapping");
    }

    @Test
    void advisorsWithoutThePermissionCannotOpenTheImport() {
        signIn("bob", "bob-demo-2026");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Import prices");
        page.navigate(url("instruments/import"));
        assertThat(page.locator("#not-found-view")).isVisible();
    }
}
