package com.rotationrisk.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rotationrisk.report.fixtures.TestPortfolios;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

    @TempDir
    Path dir;

    @Test
    void loadsBothTemplatesWithBranding() {
        TemplateCatalog c = TemplateCatalog.load(TestPortfolios.TEMPLATES);
        assertEquals(List.of("advisor-full", "client-summary"), List.copyOf(c.ids()));
        ReportTemplate t = c.get("client-summary");
        assertEquals(Section.OVERVIEW, t.sections().getFirst());
        assertEquals(new Color(0x214B82), t.firm().primary());
        assertEquals("Northbridge Wealth Partners", t.firm().firmName());
        assertEquals(ReportTemplate.PageFormat.A4, t.pageFormat());
        assertTrue(c.get("advisor-full").sections().contains(Section.PRICE_CHARTS));
    }

    @Test
    void shippedTemplatesAtTheRepoRootAreValid() {
        Path shipped = Path.of("reports-templates");
        if (Files.isDirectory(shipped)) {
            assertTrue(TemplateCatalog.load(shipped).ids().contains("client-summary"));
        }
    }

    @Test
    void unknownSectionIsNamed() throws IOException {
        copy();
        replace("client-summary/template.properties", "sections=overview,", "sections=overview,fancy-graph,");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().getFirst().contains("unknown section 'fancy-graph'"), e.getMessage());
        assertTrue(e.problems().getFirst().contains("client-summary"));
    }

    @Test
    void missingDisclosureIsReported() throws IOException {
        copy();
        Path firm = dir.resolve("firm.properties");
        List<String> kept = Files.readAllLines(firm).stream()
                .filter(l -> !l.startsWith("disclosure=") && !l.startsWith("  ")).toList();
        Files.write(firm, kept);
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.endsWith("missing disclosure")), e.getMessage());
    }

    @Test
    void badColourIsReported() throws IOException {
        copy();
        replace("firm.properties", "color.accent=#D98C0C", "color.accent=orange");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertTrue(e.getMessage().contains("color.accent must be a colour like #1F3A5F, was 'orange'"),
                e.getMessage());
    }

    @Test
    void firmColoursTooLightForTextAreRejectedWithTheirContrast() throws IOException {
        copy();
        replace("firm.properties", "color.primary=#214B82", "color.primary=#8FB3E0");
        replace("firm.properties", "color.text=#222222", "color.text=#999999");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("color.primary #8FB3E0 has a contrast of only 2.16:1 against white; "
                + "text needs at least 4.5:1"), e.getMessage());
        assertTrue(e.getMessage().contains("color.text #999999 has a contrast of only 2.84:1"), e.getMessage());
    }

    @Test
    void theAccentColourIsOnlyARuleAndNeedsNoTextContrast() throws IOException {
        copy();
        replace("firm.properties", "color.accent=#D98C0C", "color.accent=#FFE9A0");
        assertEquals(new Color(0xFFE9A0), TemplateCatalog.load(dir).get("client-summary").firm().accent());
    }

    @Test
    void missingLogoFileIsReported() throws IOException {
        copy();
        Files.delete(dir.resolve("logo.png"));
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertTrue(e.getMessage().contains("logo file 'logo.png' not found"), e.getMessage());
    }

    @Test
    void logoMustBeAnImage() throws IOException {
        copy();
        Files.writeString(dir.resolve("logo.png"), "not a png");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertTrue(e.getMessage().contains("not a readable PNG/JPG image"), e.getMessage());
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        copy();
        replace("firm.properties", "color.primary=#214B82", "color.primary=#12345");
        replace("advisor-full/template.properties", "page.size=A4", "page.size=A5");
        replace("client-summary/template.properties", "top.risks=5", "top.risks=many");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void typoInKeyIsReported() throws IOException {
        copy();
        replace("client-summary/template.properties", "title=", "titel=");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.load(dir));
        assertTrue(e.getMessage().contains("unknown key 'titel'"), e.getMessage());
        assertTrue(e.getMessage().contains("missing title"), e.getMessage());
    }

    @Test
    void unknownTemplateIdIsAClearError() {
        TemplateCatalog c = TemplateCatalog.load(TestPortfolios.TEMPLATES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.get("nope"));
        assertTrue(e.getMessage().contains("advisor-full"));
    }

    @Test
    void firmChangesNeedNoCode() throws IOException {
        copy();
        replace("firm.properties", "firm.name=Northbridge Wealth Partners", "firm.name=Økonomi & Søn AS");
        replace("client-summary/template.properties", "sections=overview,scores,notes,", "sections=overview,");
        TemplateCatalog c = TemplateCatalog.load(dir);
        assertEquals("Økonomi & Søn AS", c.get("client-summary").firm().firmName());
        assertTrue(!c.get("client-summary").sections().contains(Section.SCORES));
    }

    private void copy() throws IOException {
        try (Stream<Path> files = Files.walk(TestPortfolios.TEMPLATES)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(TestPortfolios.TEMPLATES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), file + " lacks " + from);
        Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    }
}
