package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class InstrumentsE2ETest extends BrowserTest {

    @Test
    void advisorSearchesTheUniverseAndSeesAPriceChart() {
        signIn("bob", "bob-demo-2026");
        page.navigate(url("instruments"));
        assertThat(page.locator("#benchmark-notice")).containsText(
                "Rotation spread: Nasdaq-100 minus S&P 500 (technology rotation): NDX − GSPC");
        assertThat(page.locator("#instrument-grid")).containsText("GSPC");

        page.locator("#instrument-search input").fill("apple");
        assertThat(page.locator("#instrument-grid")).containsText("AAPL");
        page.waitForFunction("document.querySelector('#instrument-grid').size === 1");
        page.locator("#instrument-grid").getByText("Apple Inc.").first().click();
        assertThat(page.locator("#instrument-detail")).containsText("1260 daily bars from 5/13/2013 to 5/11/2018");
        assertThat(page.locator("#instrument-detail svg")).hasCount(1);
        assertThat(page.locator("#bar-sources")).containsText("bundled: AAPL.csv");
        assertThat(page.locator("#bar-sources")).containsText("5/13/2013 – 5/11/2018");
        screenshot("10-instruments");

        // the grid exports as shown (the search applied), dates in ISO
        com.microsoft.playwright.Download csv = page.waitForDownload(
                () -> page.locator("#instruments-export-csv").click());
        try {
            String text = java.nio.file.Files.readString(csv.path(), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(text).contains("Symbol,Name,Type,Sector,Industry")
                    .contains("AAPL,Apple Inc.").contains("2013-05-13,2018-05-11").doesNotContain("GSPC");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
