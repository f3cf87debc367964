package com.rotationrisk.report.section;

import com.rotationrisk.report.pdf.SafeText;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.GradeNarrative;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Title, who it is for, the overall grade and the key facts. */
final class OverviewSection implements SectionRenderer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public void render(ReportContext ctx) {
        Paragraph title = new Paragraph(ctx.template.title(), ctx.styles.title);
        title.setSpacingAfter(2);
        ctx.title(title);
        Paragraph client = new Paragraph("Prepared for " + ctx.clientName, ctx.styles.h2);
        client.setSpacingAfter(8);
        ctx.add(client);
        ctx.cells(gradeBox(ctx));
        PortfolioAssessment a = ctx.assessment();
        Tables facts = new Tables(ctx.styles, new float[] {1, 2}, "Item", "Value");
        facts.row("Portfolio owner", owner(ctx));
        facts.row("Prepared by", SafeText.line(ctx.request.generatedBy(), ctx.fonts, SafeText.MAX_NAME));
        facts.row("Generated", STAMP.format(ctx.request.generatedAt()));
        facts.row("Data as of", ctx.request.asOf().toString());
        facts.row("Model version", SafeText.line(ctx.request.modelVersion(), ctx.fonts, 100));
        facts.row("Total market value", Formats.dollars(a.coverage().knownValue()));
        facts.row("Positions scored", String.valueOf(a.positions().size()));
        facts.row("Coverage", a.coverage().summary());
        facts.row("Rotation spread", a.rotationSpread());
        if (ctx.request.scenarioSet() != null) facts.row("Scenario set", SafeText.line(ctx.request.scenarioSet(), ctx.fonts, 600));
        facts.row("Input issues", a.issues().isEmpty() ? "none" : issuesInWords(a));
        ctx.add(facts);
    }

    private static String owner(ReportContext ctx) {
        String owner = SafeText.line(ctx.request.portfolioOwner(), ctx.fonts, SafeText.MAX_NAME);
        return owner.isEmpty() ? "-" : owner;
    }

    /** "History too short: 9 holdings; price too old: 1 holding (details under Input issues)". */
    static String issuesInWords(com.rotationrisk.risk.engine.PortfolioAssessment a) {
        java.util.Map<String, Long> byKind = new java.util.LinkedHashMap<>();
        a.issues().forEach(i -> byKind.merge(i.code().label(), 1L, Long::sum));
        java.util.List<String> parts = new java.util.ArrayList<>();
        byKind.forEach((label, n) -> parts.add(label + ": " + n + (n == 1 ? " holding" : " holdings")));
        return String.join("; ", parts) + " (details in the advisor report)";
    }

    private static PdfPTable gradeBox(ReportContext ctx) {
        OverallGrade g = ctx.assessment().grade();
        PdfPTable t = new PdfPTable(new float[] {1.5f, 4});
        t.setWidthPercentage(100);
        t.setSpacingAfter(8);
        PdfPCell grade = new PdfPCell(new Phrase(g.grade() == null ? "Not graded" : Words.grade(g.grade()),
                ctx.styles.gradeBig));
        grade.setBackgroundColor(colour(g.grade()));
        grade.setBorder(Rectangle.NO_BORDER);
        grade.setHorizontalAlignment(Element.ALIGN_CENTER);
        grade.setVerticalAlignment(Element.ALIGN_MIDDLE);
        grade.setPadding(6);
        t.addCell(grade);
        Paragraph text = new Paragraph();
        text.setFont(ctx.styles.body);
        text.add(new Phrase("Overall rotation-risk grade: " + (g.graded() ? g.headline() + " (score "
                + Formats.score(g.score()) + " of 100)" : "not graded") + "\n", ctx.styles.bodyBold));
        text.add(new Phrase(String.join(" ", GradeNarrative.sentences(ctx.assessment(), ctx.config)),
                ctx.styles.body));
        PdfPCell explain = new PdfPCell(text);
        explain.setBorder(Rectangle.BOX);
        explain.setBorderColor(Styles.RULE);
        explain.setPadding(8);
        t.addCell(explain);
        return t;
    }

    static Color colour(OverallGrade.Grade g) {
        if (g == null) {
            return new Color(108, 117, 126);
        }
        // dark enough that the white grade word meets WCAG AA (4.5:1); GradeColoursTest checks it
        return switch (g) {
            case LOW -> new Color(46, 125, 50);
            case MODERATE -> new Color(109, 123, 26);
            case ELEVATED -> new Color(161, 104, 9);
            case HIGH -> new Color(190, 76, 19);
            case SEVERE -> new Color(170, 30, 30);
        };
    }
}
