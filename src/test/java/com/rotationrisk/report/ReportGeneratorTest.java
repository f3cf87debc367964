package com.rotationrisk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rotationrisk.report.fixtures.Pdfs;
import com.rotationrisk.report.fixtures.TestPortfolios;
import com.rotationrisk.report.template.TemplateCatalog;
import com.rotationrisk.risk.engine.BehaviouralFlag;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {

    static final String CLIENT = "Maria Example-Client";
    static ReportGenerator generator;
    static PortfolioAssessment assessment;
    static byte[] summary;
    static byte[] full;

    @BeforeAll
    static void generate() {
        generator = new ReportGenerator(TemplateCatalog.load(TestPortfolios.TEMPLATES));
        assessment = TestPortfolios.standard();
        summary = generator.generate(TestPortfolios.request("client-summary", CLIENT, assessment));
        full = generator.generate(TestPortfolios.request("advisor-full", CLIENT, assessment));
    }

    @Test
    void clientSummaryHasTheEssentialsOnTwoToThreePages() throws IOException {
        try (PDDocument doc = Pdfs.load(summary)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= 3, "client summary has " + pages + " pages");
            String text = Pdfs.text(doc, 1, pages);
            assertTrue(text.contains("Prepared for " + CLIENT));
            assertTrue(text.contains("Overall rotation-risk grade: Moderate"), text);
            assertTrue(text.contains("Momentum crowding: 32 of 100 (moderate)"));
            assertTrue(text.contains("Worst case: Tariff shock"));
            assertTrue(text.contains("Page 1 of " + pages));
            assertTrue(text.contains("Page " + pages + " of " + pages));
            assertTrue(text.contains("As of 2000-12-29"));
            assertTrue(text.contains("For the named client only."));
            for (var r : List.of("INTC", "HWP", "MSFT", "IBM", "GE")) {
                assertTrue(text.contains(r), "top risk " + r);
            }
            assertTrue(text.contains("Reviewed at the January meeting."));
        }
    }

    @Test
    void advisorReportListsEveryHoldingAndEverySection() throws IOException {
        try (PDDocument doc = Pdfs.load(full)) {
            int pages = doc.getNumberOfPages();
            String text = Pdfs.text(doc, 1, pages);
            for (PositionAssessment p : assessment.positions()) {
                assertTrue(text.contains(p.ticker() + " \u2014 "), "component breakdown of " + p.ticker());
            }
            for (String heading : List.of("Positions", "Input issues", "Concentration", "Score distributions",
                    "Comomentum", "Market regime", "Scenario detail", "Price charts of the top risks",
                    "Component breakdown by position", "Methodology", "Important information")) {
                assertTrue(text.contains("\n" + heading + "\n") || text.contains("\n" + heading + " \n"), heading);
            }
            assertTrue(text.contains("Page 1 of " + pages));
            assertTrue(text.replace(" \n", " ").replace("\n", " ")
                    .contains("Low < 30 <= Moderate < 50 <= Elevated < 65 <= High < 80 <= Severe"));
        }
    }

    @Test
    void chartsAreVectorsWithSelectableText() throws IOException {
        try (PDDocument doc = Pdfs.load(full)) {
            int forms = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                assertEquals(i == 0 ? 1 : 0, Pdfs.images(page).size(), "bitmaps on page " + (i + 1) + " (only the logo)");
                forms += Pdfs.forms(page);
            }
            assertTrue(forms > doc.getNumberOfPages() + 8, "chart form XObjects: " + forms);
            String text = Pdfs.text(full);
            assertTrue(text.contains("Sector weights"));
            assertTrue(text.contains("SMA 200"));
            assertTrue(text.contains("RSI 14"));
            assertTrue(text.contains("Dec-2000"));
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (byte[] pdf : List.of(summary, full)) {
            try (PDDocument doc = Pdfs.load(pdf)) {
                for (PDPage page : doc.getPages()) {
                    List<PDFont> fonts = Pdfs.fonts(page);
                    assertFalse(fonts.isEmpty());
                    for (PDFont f : fonts) {
                        assertTrue(f.isEmbedded(), f.getName() + " not embedded");
                        assertTrue(f.getName().contains("LiberationSans"), f.getName());
                    }
                }
            }
        }
    }

    @Test
    void metadataIsSetFromTheRequest() throws IOException {
        try (PDDocument doc = Pdfs.load(summary)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Rotation-risk summary \u2014 " + CLIENT, info.getTitle());
            assertEquals("Northbridge Wealth Partners", info.getAuthor());
            assertEquals("Rotation-risk assessment as of 2000-12-29 (Client summary)", info.getSubject());
            assertTrue(info.getKeywords().contains("rotation risk"));
            assertEquals(TestPortfolios.GENERATED_AT, info.getCreationDate().toInstant());
            assertEquals(TestPortfolios.GENERATED_AT, info.getModificationDate().toInstant());
        }
    }

    @Test
    void sameRequestGivesIdenticalBytesEvenAcrossThreads() throws Exception {
        ReportRequest req = TestPortfolios.request("advisor-full", CLIENT, assessment);
        generator.generate(TestPortfolios.request("client-summary", "Someone Else", assessment));
        assertArrayEquals(full, generator.generate(req));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> runs = pool.invokeAll(List.of(() -> generator.generate(req),
                    () -> generator.generate(req), () -> generator.generate(req)));
            for (Future<byte[]> f : runs) {
                assertArrayEquals(full, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void differentInputGivesDifferentBytes() {
        ReportRequest base = TestPortfolios.request("client-summary", CLIENT, assessment);
        ReportRequest later = new ReportRequest(base.templateId(), base.clientName(), base.notes(),
                base.portfolioOwner(), base.generatedBy(), Instant.parse("2001-01-03T10:00:00Z"), base.asOf(),
                base.modelVersion(), base.assessment(), base.chartSeries());
        byte[] other = generator.generate(later);
        assertFalse(java.util.Arrays.equals(summary, other));
        assertTrue(Pdfs.text(other).contains("2001-01-03 10:00 UTC"));
    }

    @Test
    void behaviourNarrativeUsesOnlyRaisedFlags() {
        assertTrue(Pdfs.text(summary).contains("The model raised no behavioural warnings for this portfolio"));
        BehaviouralFlag herd = new BehaviouralFlag(BehaviouralFlag.Type.HERD_BEHAVIOUR, "INTC",
                Map.of("flow_surge", 1.8, "crowd_comovement", 0.6), "INTC: volume 1.8x its 120-day mean while "
                + "moving with the rotation spread.");
        PortfolioAssessment a = assessment;
        PortfolioAssessment flagged = new PortfolioAssessment(a.modelVersion(), a.asOf(), a.totalMarketValue(),
                a.positions(), a.issues(), a.dimensions(), a.concentration(), a.comomentum(), a.regime(), a.grade(),
                List.of(herd), a.scenarios(), a.worstCase(), a.coverage(),
                a.rotationSpread());
        String text = Pdfs.text(generator.generate(TestPortfolios.request("client-summary", CLIENT, flagged)));
        assertTrue(text.contains("Herd behaviour (1 position)"));
        assertTrue(text.contains("INTC: volume 1.8x its 120-day mean"));
        assertTrue(text.contains("Recency bias: no warning was raised."));
        assertTrue(text.contains("Loss aversion: no warning was raised."));
        assertFalse(text.contains("raised no behavioural warnings"));
    }

    @Test
    void generatedAtIsPrintedInUtc() {
        assertTrue(Pdfs.text(summary).contains(
                TestPortfolios.GENERATED_AT.atOffset(ZoneOffset.UTC).toLocalDate() + " 09:30 UTC"));
    }

    @Test
    void aScenarioThatCoversOnlyTheCashSaysItCouldNotBeAssessed() throws IOException {
        // 85 % in Intel, 15 % cash, and no benchmarks: the scenarios with market or spread shocks cannot be priced
        // for Intel, so they cover only the cash; the report must not print them as "+0.0 %" or "no loss".
        com.rotationrisk.risk.engine.DailyBars intc = TestPortfolios.bars("INTC");
        double intcValue = 1000 * intc.close()[intc.lastIndexOnOrBefore(TestPortfolios.AS_OF)];
        PortfolioAssessment partial = new com.rotationrisk.risk.engine.RiskEngine().assess(
                List.of(new com.rotationrisk.risk.engine.Holding("INTC", 1000, null),
                        new com.rotationrisk.risk.engine.Holding("CASH", intcValue * 15 / 85, null)),
                java.util.Map.of("INTC", new com.rotationrisk.risk.engine.InstrumentProfile("INTC", "Intel",
                        com.rotationrisk.risk.engine.AssetType.STOCK, "Information Technology", "Semiconductors",
                        com.rotationrisk.risk.engine.SizeBucket.LARGE),
                        "CASH", com.rotationrisk.risk.engine.InstrumentProfile.cash("CASH")),
                java.util.Map.of("INTC", intc), new com.rotationrisk.risk.engine.MarketContext(null, null),
                TestPortfolios.AS_OF, com.rotationrisk.risk.engine.scenario.BuiltInScenarios.all());
        byte[] pdf = generator.generate(TestPortfolios.request("client-summary", CLIENT, partial));
        String text = Pdfs.text(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertTrue(text.contains("Tariff shock could not be assessed: covers 15 % of value (cash only)"), text);
        assertTrue(text.contains("Worst case: could not be assessed."), text);
        assertFalse(text.contains("no scenario produces a loss"), text);
        assertTrue(text.contains("Policy-shock exposure: could not be assessed."), text);
        assertTrue(text.contains("Overall rotation-risk grade: not graded"), text);
        assertFalse(text.contains("little sign"), text);
    }
}
