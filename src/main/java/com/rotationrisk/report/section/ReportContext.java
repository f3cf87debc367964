package com.rotationrisk.report.section;

import com.rotationrisk.report.ReportRequest;
import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.pdf.SafeText;
import com.rotationrisk.report.pdf.VectorCharts;
import com.rotationrisk.report.template.ReportTemplate;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

/** What a section needs to write itself into one document. Not shared between documents. */
public final class ReportContext {

    final Document document;
    final ReportFonts fonts;
    final Styles styles;
    final ReportTemplate template;
    final ReportRequest request;
    final ModelConfig config;
    final VectorCharts charts;
    final List<RiskRanking.Ranked> ranking;
    final String clientName;

    public ReportContext(Document document, ReportFonts fonts, ReportTemplate template, ReportRequest request,
            ModelConfig config, VectorCharts charts) {
        this.document = document;
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
        return document.right() - document.left();
    }

    /** Engine-made text (reasons, messages) is printed with the same safety rules as user text. */
    String safe(String s) {
        return SafeText.multiline(s, fonts, 2000);
    }

    void add(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, styles.h1);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        add(p);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(text, styles.h2);
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        add(p);
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
        document.newPage();
    }
}
