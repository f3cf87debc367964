package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.ChartText;
import com.rotationrisk.report.ReportRequest;
import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.pdf.SafeText;
import com.rotationrisk.report.pdf.TaggedLayout;
import com.rotationrisk.report.pdf.VectorCharts;
import com.rotationrisk.report.template.ReportTemplate;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;

/**
 * What a section needs to write itself into one document. Everything goes through the tagged layout, so each piece
 * says what it is (heading, paragraph, table, figure). Not shared between documents.
 */
public final class ReportContext {

    /** Room a heading needs below it on its page (about three lines), so it never ends a page alone. */
    private static final float KEEP_WITH_HEADING = 40;
    private static final float KEEP_WITH_SUBHEADING = 30;

    final TaggedLayout layout;
    final ReportFonts fonts;
    final Styles styles;
    final ReportTemplate template;
    final ReportRequest request;
    final ModelConfig config;
    final VectorCharts charts;
    final List<RiskRanking.Ranked> ranking;
    final String clientName;
    private final List<ChartText> drawn = new ArrayList<>();

    public ReportContext(TaggedLayout layout, ReportFonts fonts, ReportTemplate template, ReportRequest request,
            ModelConfig config, VectorCharts charts) {
        this.layout = layout;
        this.fonts = fonts;
        this.styles = new Styles(fonts, template.firm());
        this.template = template;
        this.request = request;
        this.config = config;
        this.charts = charts;
        this.ranking = RiskRanking.rank(request.assessment().positions(), config.grade());
        this.clientName = SafeText.line(request.clientName(), fonts, SafeText.MAX_NAME);
    }

    PortfolioAssessment assessment() {
        return request.assessment();
    }

    float width() {
        return layout.width();
    }

    /** Engine-made text (reasons, messages) is printed with the same safety rules as user text. */
    String safe(String s) {
        return SafeText.multiline(s, fonts, 2000);
    }

    /** A body paragraph. */
    void add(Paragraph p) {
        layout.paragraph(p, PdfName.P, 0);
    }

    void add(Tables t) {
        layout.table(t.table(), t.captionRows());
    }

    /** A layout-only row of cells (no table semantics): each cell is read as a paragraph, left to right. */
    void cells(PdfPTable row) {
        layout.cells(row, PdfName.P);
    }

    /**
     * A chart as a Figure whose alternative text is what the screen says of the same chart ({@link ChartText}); its
     * values are kept for the chart-data section.
     */
    void figure(JFreeChart chart, float w, float h) {
        layout.figure(charts.draw(chart, w, h), described(chart));
    }

    /** Charts drawn at {@code w} x {@code h} and scaled into equal slots side by side. */
    void figureRow(List<JFreeChart> row, float w, float h) {
        List<Image> images = row.stream().map(c -> charts.draw(c, w, h)).toList();
        layout.figureRow(images, row.stream().map(this::described).toList(), 2);
    }

    /** The charts drawn so far, in order, with their values. */
    List<ChartText> chartsDrawn() {
        return List.copyOf(drawn);
    }

    private String described(JFreeChart chart) {
        ChartText text = ChartText.of(chart);
        drawn.add(text);
        return safe(text.alternative());
    }

    /** The document's title: the first top-level heading. */
    void title(Paragraph p) {
        layout.paragraph(p, PdfName.H1, 0);
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, styles.h1);
        // the gaps headings had when Document.add laid them out (as a keep-together block)
        p.setSpacingBefore(31);
        p.setSpacingAfter(0);
        layout.paragraph(p, PdfName.H1, KEEP_WITH_HEADING);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(text, styles.h2);
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        layout.paragraph(p, PdfName.H2, KEEP_WITH_SUBHEADING);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(safe(text), styles.body);
        p.setSpacingAfter(4);
        p.setLeading(12.5f);
        add(p);
    }

    void note(String text) {
        Paragraph p = new Paragraph(safe(text), styles.small);
        p.setSpacingAfter(4);
        add(p);
    }

    void newPage() {
        layout.newPage();
    }
}
