package com.rotationrisk.report.pdf;

import com.rotationrisk.report.template.FirmBranding;
import java.awt.Color;
import java.io.IOException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Header (firm name, logo on page 1, client name) and footer ("Page X of Y", as-of date, disclosure line) on every
 * page. Y is written into a shared form XObject when the document closes. One instance per document.
 */
public final class PageDecorator extends PdfPageEventHelper {

    public static final float HEADER_HEIGHT = 62;
    public static final float FOOTER_HEIGHT = 46;
    private static final Color MUTED = new Color(100, 106, 115);
    private static final float TOTAL_WIDTH = 28;
    private static final PdfDictionary PAGINATION = new PdfDictionary();

    static {
        PAGINATION.put(PdfName.TYPE, new PdfName("Pagination"));
    }

    private final FirmBranding firm;
    private final ReportFonts fonts;
    private final String clientName;
    private final String footerLeft;
    private final Image logo;
    private PdfTemplate total;

    /** @param clientName already sanitised (one line) */
    public PageDecorator(FirmBranding firm, ReportFonts fonts, String clientName, String footerLeft) {
        this.firm = firm;
        this.fonts = fonts;
        this.clientName = clientName;
        this.footerLeft = footerLeft;
        try {
            this.logo = Image.getInstance(firm.logo());
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot read logo " + firm.logoFileName(), e);
        }
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        // repeated on every page and not part of the reading order: screen readers skip artifacts
        cb.beginMarkedContentSequence(TaggedLayout.ARTIFACT, PAGINATION, true);
        header(cb, page, left, right, writer.getPageNumber());
        footer(cb, left, right, writer.getPageNumber());
        cb.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(MUTED);
        total.setFontAndSize(fonts.regular(), 7.5f);
        total.setTextMatrix(0, 2);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private void header(PdfContentByte cb, Rectangle page, float left, float right, int pageNo) {
        float top = page.getTop() - 24;
        float nameX = left;
        if (pageNo == 1) {
            float h = 30;
            float w = logo.getWidth() * h / logo.getHeight();
            try {
                cb.addImage(logo, w, 0, 0, h, left, top - h + 6);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            nameX = left + w + 8;
        }
        float half = (right - left) / 2 - 12;
        text(cb, fonts.bold(), 11, firm.primary(), SafeText.fit(firm.firmName(), fonts.bold(), 11, half - (nameX - left)),
                nameX, top - 12, PdfContentByte.ALIGN_LEFT);
        String client = SafeText.fit(clientName, fonts.regular(), 9, half);
        text(cb, fonts.regular(), 9, firm.text(), client, right, top - 12, PdfContentByte.ALIGN_RIGHT);
        cb.setColorStroke(firm.accent());
        cb.setLineWidth(1.2f);
        cb.moveTo(left, top - 22);
        cb.lineTo(right, top - 22);
        cb.stroke();
    }

    private void footer(PdfContentByte cb, float left, float right, int pageNo) {
        float y = 30;
        cb.setColorStroke(firm.primary());
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y + 12);
        cb.lineTo(right, y + 12);
        cb.stroke();
        text(cb, fonts.regular(), 7.5f, MUTED, footerLeft, left, y + 2, PdfContentByte.ALIGN_LEFT);
        float totalX = right - TOTAL_WIDTH;
        String pageText = "Page " + pageNo + " of ";
        text(cb, fonts.regular(), 7.5f, MUTED, pageText, totalX, y + 2, PdfContentByte.ALIGN_RIGHT);
        cb.addTemplate(total, totalX, y);
        String disclosure = SafeText.fit(SafeText.clean(firm.disclosureFooter(), fonts, false), fonts.regular(), 6.5f,
                right - left);
        text(cb, fonts.regular(), 6.5f, MUTED, disclosure, left, y - 9, PdfContentByte.ALIGN_LEFT);
    }

    private static void text(PdfContentByte cb, BaseFont font, float size, Color colour, String s, float x, float y,
            int align) {
        cb.beginText();
        cb.setColorFill(colour);
        cb.setFontAndSize(font, size);
        cb.showTextAligned(align, s, x, y, 0);
        cb.endText();
    }
}
