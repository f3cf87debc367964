package com.rotationrisk.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.report.template.FirmBranding;
import com.rotationrisk.report.template.TemplateCatalog;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.evidence.CsvBars;
import com.rotationrisk.risk.engine.evidence.EvidenceReport;
import com.rotationrisk.risk.engine.evidence.EvidenceStudy;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The model validation PDF from a real run of the study on part of the bundled history (ten Dow stocks, the S&P 500
 * and the Nasdaq-100 as the rotation pair: about 5 s), parsed back with PDFBox. The pages are also rendered to
 * {@code target/validation-pdf/} for a look.
 */
class ValidationReportPdfTest {

    private static final Path BARS = Path.of("src/main/resources/marketdata/bars");
    private static final List<String> SUBSET = List.of("AA", "BA", "GE", "IBM", "INTC", "JNJ", "KO", "MSFT", "WMT",
            "XOM", "GSPC", "NDX");

    @Test
    void theReportHoldsTheStudysFiguresAndLimitations() throws Exception {
        Map<String, DailyBars> bars = new TreeMap<>();
        for (String s : SUBSET) {
            bars.put(s, CsvBars.read(s, BARS.resolve(s + ".csv")));
        }
        ModelConfig cfg = ModelConfig.defaults();
        EvidenceReport report = EvidenceStudy.run(bars, new MarketContext(bars.get("GSPC"), bars.get("NDX"),
                "Test pair: NDX − GSPC"), cfg, p -> {
                });
        FirmBranding firm = TemplateCatalog.load(Path.of("reports-templates")).get("client-summary").firm();
        ModelValidation run = new ModelValidation(report, cfg, "admin", Instant.parse("2026-01-05T10:15:00Z"),
                "Test pair: NDX − GSPC", List.of());
        byte[] pdf = ValidationReportPdf.render(run, firm);

        Path dir = Path.of("target/validation-pdf");
        Files.createDirectories(dir);
        Path file = dir.resolve("model-validation.pdf");
        Files.write(file, pdf);
        if (new File("/usr/bin/pdftoppm").canExecute()) {
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", file.toString(),
                    dir.resolve("page").toString()).inheritIO().start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(ValidationReportPdf.TITLE, "Model version " + ModelConfig.MODEL_VERSION,
                "2026-01-05 10:15 UTC by admin", firm.firmName());
        for (String section : ValidationReportPdf.SECTIONS) {
            assertThat(text).contains(section);
        }
        // figures the report object holds
        assertThat(text).contains(report.universe().instrumentMonths() + " instrument month ends scored");
        EvidenceReport.DimensionResult crowding = report.dimension(Dimension.MOMENTUM_CROWDING);
        assertThat(text).contains(crowding.observations() + " observations in " + crowding.months() + " months");
        assertThat(text).contains(com.rotationrisk.risk.engine.Formats.fixed(crowding.classification().auc(), 3));
        // definitions from the configuration
        assertThat(text).contains(cfg.crowding().get(0).key(), cfg.reversal().get(5).key(),
                com.rotationrisk.risk.engine.OverallGrade.Grade.bands(cfg.grade()).replaceAll("\\s+", " "));
        // every caveat, word for word (line breaks may split a date at its hyphen, so compare without spaces)
        String compact = text.replace(" ", "");
        for (String caveat : report.caveats()) {
            assertThat(compact).contains(caveat.replaceAll("\\s+", ""));
        }
        assertThat(report.caveats()).anySatisfy(c -> assertThat(c).startsWith("Survivorship"));

    }
}
