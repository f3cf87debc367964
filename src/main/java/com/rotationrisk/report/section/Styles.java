package com.rotationrisk.report.section;

import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.template.FirmBranding;
import com.rotationrisk.risk.engine.OverallGrade;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Font;

/** The fonts and colours of one document, from the firm's branding. */
public final class Styles {

    static final Color MUTED = new Color(100, 106, 115);
    static final Color STRIPE = new Color(244, 246, 249);
    static final Color RULE = new Color(210, 214, 220);

    final FirmBranding firm;
    final Font title;
    final Font h1;
    final Font h2;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font tableHead;
    final Font cell;
    final Font cellBold;
    final Font gradeBig;

    /** A text colour on the background it is printed on. */
    record TextOn(String use, Color text, Color background) {
    }

    /**
     * Every text colour of the report on every background it is printed on (the grade box's colours come from
     * {@link OverviewSection#colour}); each must meet WCAG AA.
     */
    List<TextOn> textColours() {
        List<TextOn> out = new ArrayList<>(List.of(
                new TextOn("title and section headings", firm.primary(), Color.WHITE),
                new TextOn("body text", firm.text(), Color.WHITE),
                new TextOn("table cell on a stripe", firm.text(), STRIPE),
                new TextOn("table header", Color.WHITE, firm.primary()),
                new TextOn("notes and footer", MUTED, Color.WHITE)));
        for (OverallGrade.Grade g : OverallGrade.Grade.values()) {
            out.add(new TextOn("grade box " + g, Color.WHITE, OverviewSection.colour(g)));
        }
        out.add(new TextOn("grade box not graded", Color.WHITE, OverviewSection.colour(null)));
        return out;
    }

    public Styles(ReportFonts fonts, FirmBranding firm) {
        this.firm = firm;
        title = new Font(fonts.bold(), 20, Font.NORMAL, firm.primary());
        h1 = new Font(fonts.bold(), 14, Font.NORMAL, firm.primary());
        h2 = new Font(fonts.bold(), 10.5f, Font.NORMAL, firm.text());
        body = new Font(fonts.regular(), 9.5f, Font.NORMAL, firm.text());
        bodyBold = new Font(fonts.bold(), 9.5f, Font.NORMAL, firm.text());
        small = new Font(fonts.regular(), 7.5f, Font.NORMAL, MUTED);
        tableHead = new Font(fonts.bold(), 7.5f, Font.NORMAL, Color.WHITE);
        cell = new Font(fonts.regular(), 7.5f, Font.NORMAL, firm.text());
        cellBold = new Font(fonts.bold(), 7.5f, Font.NORMAL, firm.text());
        gradeBig = new Font(fonts.bold(), 22, Font.NORMAL, Color.WHITE);
    }
}
