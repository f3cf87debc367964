package com.rotationrisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rotationrisk.report.fixtures.Pdfs;
import com.rotationrisk.report.fixtures.TestPortfolios;
import com.rotationrisk.report.template.TemplateCatalog;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User text must never break the layout or sneak markup/control characters into the PDF. */
class HostileInputTest {

    static ReportGenerator generator;
    static PortfolioAssessment assessment;

    @BeforeAll
    static void setUp() {
        generator = new ReportGenerator(TemplateCatalog.load(TestPortfolios.TEMPLATES));
        assessment = TestPortfolios.standard();
    }

    private static PDDocument summaryFor(String client) {
        return Pdfs.load(generator.generate(TestPortfolios.request("client-summary", client, assessment)));
    }

    @Test
    void thousandCharacterNameIsTruncatedInHeaderAndWrappedInBody() throws IOException {
        String name = "Bartholomew ".repeat(84).substring(0, 1000);
        try (PDDocument doc = summaryFor(name)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= 3, pages + " pages");
            String page2 = Pdfs.text(doc, 2, 2);
            String header = page2.lines().filter(l -> l.contains("Bartholomew")).findFirst().orElseThrow();
            assertTrue(header.strip().endsWith("\u2026"), header);
            assertTrue(header.length() < 150, header);
            assertTrue(doc.getDocumentInformation().getTitle().length() < 200);
            String all = Pdfs.text(doc, 1, 1).replace("\n", " ");
            assertTrue(all.contains("Prepared for Bartholomew Bartholomew"));
        }
    }

    @Test
    void markupIsPrintedLiterally() throws IOException {
        try (PDDocument doc = summaryFor("<script>alert('x')</script> & Co")) {
            String text = Pdfs.text(doc, 1, doc.getNumberOfPages());
            assertTrue(text.contains("Prepared for <script>alert('x')</script> & Co"));
            assertEquals("Rotation-risk summary \u2014 <script>alert('x')</script> & Co",
                    doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void newlinesAndControlCharactersAreFlattened() throws IOException {
        try (PDDocument doc = summaryFor("Line1\nLine2\r\nLine3\u0000\u0007\u001b[31m\u202Edrow")) {
            String text = Pdfs.text(doc, 1, doc.getNumberOfPages());
            assertTrue(text.contains("Prepared for Line1 Line2 Line3[31mdrow"), text);
            assertFalse(text.contains("\u0000"));
            assertFalse(text.contains("\u202E"));
            assertEquals(2, doc.getNumberOfPages());
        }
    }

    @Test
    void rtlAndEmojiDoNotBreakTheReport() throws IOException {
        try (PDDocument doc = summaryFor("\u05E9\u05DC\u05D5\u05DD M\u00FCller \uD83D\uDE80 \u0645\u0631\u062D\u0628\u0627")) {
            String text = Pdfs.text(doc, 1, doc.getNumberOfPages());
            assertTrue(text.contains("M\u00FCller"), text);
            assertTrue(text.contains("Prepared for"));
            assertEquals(2, doc.getNumberOfPages());
        }
    }

    @Test
    void hostileNotesStayInsideTheLayout() throws IOException {
        ReportRequest base = TestPortfolios.request("client-summary", "Client", assessment);
        String notes = "x".repeat(3000) + "\n\n\n\n\u0000<b>bold?</b>";
        ReportRequest r = new ReportRequest(base.templateId(), base.clientName(), notes, base.portfolioOwner(),
                base.generatedBy(), base.generatedAt(), base.asOf(), base.modelVersion(), base.assessment(),
                base.chartSeries());
        try (PDDocument doc = Pdfs.load(generator.generate(r))) {
            String text = Pdfs.text(doc, 1, doc.getNumberOfPages());
            assertTrue(text.contains("<b>bold?</b>"));
            assertTrue(doc.getNumberOfPages() <= 3);
        }
    }
}
