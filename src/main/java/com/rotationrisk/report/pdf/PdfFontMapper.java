package com.rotationrisk.report.pdf;

import java.awt.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/** Maps every AWT font a chart uses to the document's embedded Liberation Sans (bold stays bold). */
final class PdfFontMapper implements FontMapper {

    private final ReportFonts fonts;

    PdfFontMapper(ReportFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return fonts.base(font.isBold());
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return ReportFonts.awtFont(font == fonts.bold(), size);
    }
}
