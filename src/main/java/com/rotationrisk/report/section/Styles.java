package com.rotationrisk.report.section;

import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.template.FirmBranding;
import java.awt.Color;
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
