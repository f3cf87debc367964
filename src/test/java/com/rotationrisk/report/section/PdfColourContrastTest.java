package com.rotationrisk.report.section;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rotationrisk.base.Contrast;
import com.rotationrisk.report.fixtures.TestPortfolios;
import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text/background pair the report prints meets WCAG AA (4.5:1), with the shipped and the test branding. */
class PdfColourContrastTest {

    @Test
    void everyTextColourMeetsAaOnItsBackground() {
        for (Path templates : List.of(Path.of("reports-templates"), TestPortfolios.TEMPLATES)) {
            TemplateCatalog catalog = TemplateCatalog.load(templates);
            Styles styles = new Styles(ReportFonts.forDocument(new byte[32]),
                    catalog.get(catalog.ids().iterator().next()).firm());
            List<Styles.TextOn> pairs = styles.textColours();
            assertTrue(pairs.size() >= 11, "pairs " + pairs.size());
            for (Styles.TextOn pair : pairs) {
                double ratio = Contrast.ratio(pair.text(), pair.background());
                assertTrue(ratio >= Contrast.AA_TEXT, templates + ": " + pair.use() + " has contrast "
                        + Contrast.format(ratio));
            }
        }
    }

    @Test
    void everyGradeHasItsOwnColourAndWord() {
        var grades = com.rotationrisk.risk.engine.OverallGrade.Grade.values();
        assertTrue(Stream.of(grades).map(OverviewSection::colour).distinct().count() == grades.length);
        for (var g : grades) {
            assertTrue(!Words.grade(g).isBlank(), "word for " + g);
        }
    }
}
