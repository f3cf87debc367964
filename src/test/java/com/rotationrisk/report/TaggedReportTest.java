package com.rotationrisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rotationrisk.report.fixtures.Pdfs;
import com.rotationrisk.report.fixtures.TestPortfolios;
import com.rotationrisk.report.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the logical structure of every bundled template's report back with PDFBox: catalog entries, headings,
 * tables, figures, reading order and that all visible text is either tagged content or a page artifact.
 */
class TaggedReportTest {

    static final TemplateCatalog BUNDLED = TemplateCatalog.load(Path.of("reports-templates"));

    static Stream<String> templates() {
        return BUNDLED.ids().stream();
    }

    /** Generated once per template and kept under target/ to look at. */
    static final Map<String, byte[]> PDFS = new HashMap<>();

    static synchronized byte[] pdf(String template) {
        return PDFS.computeIfAbsent(template, t -> {
            byte[] pdf = new ReportGenerator(BUNDLED).generate(TestPortfolios.request(t, "Maria Example-Client",
                    TestPortfolios.standard()));
            try {
                Files.createDirectories(Path.of("target/tagged"));
                Files.write(Path.of("target/tagged", t + ".pdf"), pdf);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return pdf;
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void declaresLanguageTitleAndMarking(String template) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf(template))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertEquals("en-US", catalog.getLanguage());
            assertNotNull(catalog.getMarkInfo(), "MarkInfo");
            assertTrue(catalog.getMarkInfo().isMarked(), "Marked true");
            assertNotNull(catalog.getViewerPreferences(), "ViewerPreferences");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
            String title = doc.getDocumentInformation().getTitle();
            assertTrue(title != null && title.startsWith(BUNDLED.get(template).title()), title);
            assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everySectionStartsWithAHeadingAndHeadingsFollowTheVisibleOrder(String template) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf(template))) {
            Tagged tagged = new Tagged(doc);
            PDStructureElement document = tagged.documentElement();
            List<String> h1 = new ArrayList<>();
            for (PDStructureElement sect : children(document)) {
                assertEquals("Sect", sect.getStructureType());
                List<PDStructureElement> kids = children(sect);
                assertFalse(kids.isEmpty(), "empty Sect");
                assertEquals("H1", kids.getFirst().getStructureType(), "first of a Sect: " + tagged.text(kids.getFirst()));
                kids.stream().filter(k -> k.getStructureType().equals("H1")).forEach(k -> h1.add(tagged.text(k)));
            }
            assertEquals(BUNDLED.get(template).title(), h1.getFirst());
            assertTrue(h1.contains("Important information"), h1.toString());
            String visible = normalised(Pdfs.text(doc, 1, doc.getNumberOfPages()));
            int at = -1;
            for (String heading : h1) {
                int next = visible.indexOf(normalised(heading), at + 1);
                assertTrue(next > at, "heading '" + heading + "' out of visible order in " + h1);
                at = next;
            }
        }
    }

    /** Within every Sect, each next piece starts further down the page, or on a later page. */
    @ParameterizedTest
    @MethodSource("templates")
    void structureOrderIsTheVisibleReadingOrder(String template) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf(template))) {
            Tagged tagged = new Tagged(doc);
            int checked = 0;
            for (PDStructureElement sect : children(tagged.documentElement())) {
                float[] last = {-1, 0};
                for (PDStructureElement piece : children(sect)) {
                    float[] at = tagged.firstTextAt(piece);
                    if (at == null) {
                        continue;
                    }
                    boolean later = at[0] > last[0] || at[0] == last[0] && at[1] >= last[1] - 1;
                    assertTrue(later, piece.getStructureType() + " '" + tagged.text(piece) + "' is above what "
                            + "precedes it (page " + (int) at[0] + ", y " + at[1] + " after y " + last[1] + ")");
                    last = at;
                    checked++;
                }
            }
            assertTrue(checked > 20, "checked " + checked);
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void tablesHaveHeaderCellsAndFiguresHaveAlternativeText(String template) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf(template))) {
            Tagged tagged = new Tagged(doc);
            List<PDStructureElement> tables = tagged.all("Table");
            assertFalse(tables.isEmpty());
            for (PDStructureElement table : tables) {
                List<PDStructureElement> rows = new ArrayList<>();
                for (PDStructureElement part : children(table)) {
                    if (part.getStructureType().equals("Caption")) {
                        assertFalse(tagged.text(part).isBlank(), "empty caption");
                        continue;
                    }
                    assertTrue(List.of("THead", "TBody").contains(part.getStructureType()), part.getStructureType());
                    for (PDStructureElement tr : children(part)) {
                        assertEquals("TR", tr.getStructureType());
                        String cellType = part.getStructureType().equals("THead") ? "TH" : "TD";
                        children(tr).forEach(c -> assertEquals(cellType, c.getStructureType()));
                        rows.add(tr);
                    }
                }
                assertTrue(rows.size() >= 2, "header and at least one row");
                for (PDStructureElement th : children(rows.getFirst())) {
                    assertEquals("TH", th.getStructureType());
                    assertFalse(tagged.text(th).isBlank(), "empty header cell");
                    COSDictionary a = th.getCOSObject().getCOSDictionary(COSName.A);
                    assertNotNull(a, "TH attributes");
                    assertEquals("Column", a.getNameAsString(COSName.getPDFName("Scope")));
                }
            }
            List<PDStructureElement> figures = tagged.all("Figure");
            if (template.equals("advisor-full")) {
                assertTrue(figures.size() >= 4, figures.size() + " figures");
            }
            for (PDStructureElement figure : figures) {
                assertTrue(figure.getAlternateDescription() != null
                        && figure.getAlternateDescription().length() > 20, "Alt " + figure.getAlternateDescription());
            }
        }
    }

    /** The chart-data report ends with every chart's values: one captioned table per Figure, in the figures' order. */
    @org.junit.jupiter.api.Test
    void everyChartsDataFollowsAsATableWhoseCaptionIsTheChartsTitle() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf("chart-data"))) {
            Tagged tagged = new Tagged(doc);
            List<String> alts = tagged.all("Figure").stream().map(PDStructureElement::getAlternateDescription)
                    .toList();
            List<String> captions = tagged.all("Caption").stream().map(c -> normalised(tagged.text(c))).toList();
            int from = captions.size() - alts.size();
            assertTrue(from >= 0 && !alts.isEmpty(), alts.size() + " figures, " + captions.size() + " captions");
            for (int i = 0; i < alts.size(); i++) {
                String caption = captions.get(from + i);
                assertTrue(normalised(alts.get(i)).startsWith(caption + ". "),
                        "figure " + i + " alt \"" + alts.get(i) + "\" and the data table \"" + caption + "\"");
            }
            assertTrue(alts.stream().anyMatch(a -> a.matches(".*\\d+ days from \\d{4}-\\d{2}-\\d{2} to .*")),
                    "a price chart says its span: " + alts);
        }
    }

    /** Compares characters, so an untagged paragraph or table anywhere on any page fails. */
    @ParameterizedTest
    @MethodSource("templates")
    void allVisibleTextIsTaggedOrAnArtifact(String template) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf(template))) {
            Tagged tagged = new Tagged(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                String all = nonBlank(Pdfs.text(doc, p + 1, p + 1));
                StringBuilder marked = new StringBuilder();
                StringBuilder artifacts = new StringBuilder();
                for (PDMarkedContent mc : tagged.pages.get(p)) {
                    (mc.getTag().equals("Artifact") ? artifacts : marked).append(text(mc));
                }
                assertEquals(sorted(all), sorted(nonBlank(marked + "" + artifacts)), "page " + (p + 1));
                assertTrue(nonBlank(artifacts.toString()).contains(nonBlank("Page " + (p + 1) + " of")),
                        "footer is an artifact on page " + (p + 1));
                assertFalse(nonBlank(marked.toString()).contains(nonBlank("Page " + (p + 1) + " of")));
            }
        }
    }

    private static List<PDStructureElement> children(PDStructureNode node) {
        return node.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast).toList();
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String nonBlank(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String sorted(String s) {
        return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    static String text(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                sb.append(text(inner));
            }
        }
        return sb.toString();
    }

    /** The document's marked content per page, and the structure tree resolved against it through MCIDs. */
    static final class Tagged {

        final PDDocument doc;
        final List<List<PDMarkedContent>> pages = new ArrayList<>();
        final List<Map<Integer, PDMarkedContent>> byMcid = new ArrayList<>();

        Tagged(PDDocument doc) throws IOException {
            this.doc = doc;
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                pages.add(extractor.getMarkedContents());
                Map<Integer, PDMarkedContent> ids = new HashMap<>();
                extractor.getMarkedContents().stream().filter(mc -> mc.getMCID() >= 0)
                        .forEach(mc -> ids.put(mc.getMCID(), mc));
                byMcid.add(ids);
            }
        }

        PDStructureElement documentElement() {
            List<Object> kids = doc.getDocumentCatalog().getStructureTreeRoot().getKids();
            assertEquals(1, kids.size());
            PDStructureElement d = (PDStructureElement) kids.getFirst();
            assertEquals("Document", d.getStructureType());
            return d;
        }

        List<PDStructureElement> all(String type) {
            List<PDStructureElement> out = new ArrayList<>();
            collect(documentElement(), type, out);
            return out;
        }

        private void collect(PDStructureElement e, String type, List<PDStructureElement> out) {
            if (e.getStructureType().equals(type)) {
                out.add(e);
            }
            children(e).forEach(k -> collect(k, type, out));
        }

        String text(PDStructureElement e) {
            StringBuilder sb = new StringBuilder();
            contents(e, (page, mc) -> sb.append(TaggedReportTest.text(mc)));
            return sb.toString();
        }

        /** Page index and top y of the first character of the element, or null when it has no text. */
        float[] firstTextAt(PDStructureElement e) {
            List<float[]> found = new ArrayList<>();
            contents(e, (page, mc) -> {
                if (found.isEmpty()) {
                    first(mc).ifPresent(t -> found.add(new float[] {page, t.getYDirAdj() - t.getHeightDir()}));
                }
            });
            return found.isEmpty() ? null : found.getFirst();
        }

        private static java.util.Optional<TextPosition> first(PDMarkedContent mc) {
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition t && !t.getUnicode().isBlank()) {
                    return java.util.Optional.of(t);
                }
                if (o instanceof PDMarkedContent inner) {
                    var t = first(inner);
                    if (t.isPresent()) {
                        return t;
                    }
                }
            }
            return java.util.Optional.empty();
        }

        private void contents(PDStructureElement e, java.util.function.BiConsumer<Integer, PDMarkedContent> sink) {
            for (Object kid : e.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    contents(child, sink);
                } else if (kid instanceof Integer mcid) {
                    int page = pageIndex(e.getPage());
                    sink.accept(page, mc(page, mcid));
                } else if (kid instanceof PDMarkedContentReference ref) {
                    int page = pageIndex(ref.getPage() != null ? ref.getPage() : e.getPage());
                    sink.accept(page, mc(page, ref.getMCID()));
                }
            }
        }

        private PDMarkedContent mc(int page, int mcid) {
            PDMarkedContent mc = byMcid.get(page).get(mcid);
            assertNotNull(mc, "MCID " + mcid + " on page " + (page + 1) + " is not in the content");
            return mc;
        }

        private int pageIndex(PDPage page) {
            assertNotNull(page, "structure element without /Pg");
            return doc.getPages().indexOf(page);
        }
    }
}
