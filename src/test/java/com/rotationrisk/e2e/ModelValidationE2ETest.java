package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.risk.engine.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ModelValidationE2ETest extends BrowserTest {

    @Test
    void anAdminRunsTheStudyAndDownloadsTheValidationReport() throws Exception {
        signIn("admin", "admin-demo-2026");
        page.navigate(url("model-validation"));
        Locator run = page.locator("#run-study");
        assertThat(run).hasText("Run evidence study");
        run.click();
        assertThat(run).isDisabled();
        assertThat(page.locator("#study-status")).containsText("Running");
        page.locator("#download-validation").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE).setTimeout(180_000));
        assertThat(run).isEnabled();
        assertThat(page.locator("#study-status")).containsText("Study finished: model " + ModelConfig.MODEL_VERSION);
        assertThat(page.locator("#significance-momentum-crowding")).containsText("forward return, 20 sessions");
        assertThat(page.locator(".study-auc").first()).containsText("AUC of the score");
        screenshot("model-validation");

        Download download = page.waitForDownload(() -> page.locator("#download-validation").click());
        assertThat(download.suggestedFilename()).startsWith("model-validation-" + ModelConfig.MODEL_VERSION);
        Path file = Path.of("target", "downloads", download.suggestedFilename());
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Model validation report", "Model version " + ModelConfig.MODEL_VERSION,
                    "by admin", "8. Known limitations", "Survivorship");
        }
    }

    @Test
    void anAdvisorCannotOpenTheScreen() {
        signIn("carol", "carol-demo-2026");
        page.navigate(url("model-validation"));
        assertThat(page.locator("#not-found-view")).containsText("does not exist, or your account does not have access");
        assertThat(page.locator("#run-study")).hasCount(0);
    }
}
