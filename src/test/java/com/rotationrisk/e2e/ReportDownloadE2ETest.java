package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.rotationrisk.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ReportDownloadE2ETest extends BrowserTest {

    @Test
    void anAdvisorDownloadsAClientSummaryFromThePortfolioView() throws Exception {
        signIn("bob", "bob-demo-2026");
        page.navigate(url("portfolios"));
        page.getByLabel("Open Okafor Retirement Account").filter(new Locator.FilterOptions().setVisible(true))
                .first().click();
        page.locator("vaadin-tab").getByText("Reports").click();
        // a preview opens in a new tab and archives nothing
        Page preview = page.waitForPopup(() -> page.locator("#preview-client-summary").click());
        preview.close();
        assertThat(page.locator("#report-archive")).not().containsText("Bob Chen");
        Download download = page.waitForDownload(() -> page.locator("#download-client-summary").click());
        // the archive shows the new report without a reload
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#report-archive"))
                .containsText("Bob Chen");
        assertThat(download.suggestedFilename()).isEqualTo("Okafor-Retirement-Account-client-summary-2001-01-02.pdf");
        Path file = Path.of("target", "downloads", download.suggestedFilename());
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Okafor Retirement Account").contains("WMT").contains("AXP");
            assertThat(pdf.getNumberOfPages()).isBetween(2, 3);
        }
        page.reload();
        page.locator("vaadin-tab").getByText("Reports").click();
        assertThat(page.locator("#report-archive")).containsText("Bob Chen");
        assertThat(page.locator("#report-archive")).containsText("client-summary");
        screenshot("27-reports-tab");
    }
}
