package com.rotationrisk.report.section;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Data tables in the house style: coloured header row repeated on each page, light stripes. */
final class Tables {

    private final Styles styles;
    private final PdfPTable table;
    private final boolean[] numeric;
    private int captionRows;
    private int row;

    /** Columns whose header starts with '#' are right-aligned numbers (the '#' is not printed). */
    Tables(Styles styles, float[] widths, String... headers) {
        this(styles, new PdfPTable(widths), headers);
    }

    private Tables(Styles styles, PdfPTable table, String... headers) {
        this.styles = styles;
        this.table = table;
        this.numeric = new boolean[headers.length];
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (int i = 0; i < headers.length; i++) {
            numeric[i] = headers[i].startsWith("#");
            PdfPCell c = cell(numeric[i] ? headers[i].substring(1) : headers[i], styles.tableHead, i);
            c.setBackgroundColor(styles.firm.primary());
            table.addCell(c);
        }
    }

    /**
     * A table whose caption is its first header row: the caption never ends up alone at the foot of a page and is
     * repeated when the table continues on the next page.
     */
    static Tables captioned(Styles styles, String caption, float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        PdfPCell c = new PdfPCell(new Phrase(caption, styles.h2));
        c.setColspan(headers.length);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(6);
        c.setPaddingBottom(4);
        c.setPaddingLeft(0);
        t.addCell(c);
        Tables tables = new Tables(styles, t, headers);
        t.setHeaderRows(2);
        tables.captionRows = 1;
        return tables;
    }

    Tables row(String... values) {
        return row(false, values);
    }

    Tables row(boolean bold, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell c = cell(values[i], bold ? styles.cellBold : styles.cell, i);
            if (row % 2 == 1) {
                c.setBackgroundColor(Styles.STRIPE);
            }
            table.addCell(c);
        }
        row++;
        return this;
    }

    int rows() {
        return row;
    }

    /** 1 when the first header row is the caption. */
    int captionRows() {
        return captionRows;
    }

    PdfPTable table() {
        return table;
    }

    private PdfPCell cell(String text, Font font, int column) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(Styles.RULE);
        c.setBorderWidth(0.4f);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(3.5f);
        c.setHorizontalAlignment(numeric[column] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return c;
    }
}
