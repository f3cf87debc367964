package com.rotationrisk.report.pdf;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays the report body out on the writer's direct content with its own cursor and tags everything it writes.
 * OpenPDF does not tag what {@code Document.add} writes, so the body bypasses it: every paragraph, table cell and
 * chart is wrapped in a marked-content sequence of its own structure element (Document &gt; Sect &gt; H1 / H2 / P /
 * Table / Figure), split into one sequence per page where it continues on the next page. Header rows repeated after
 * a page break are marked as artifacts, so assistive technology reads them once. One instance per document.
 */
public final class TaggedLayout {

    /** Marks content that is not part of the document's text (page furniture, repeated headers). */
    public static final PdfName ARTIFACT = new PdfName("Artifact");

    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName TABLE_ATTRIBUTES = new PdfName("Table");
    private static final float FIGURE_GAP = 4;

    private final Document document;
    private final PdfContentByte canvas;
    private final PdfStructureElement root;
    private PdfStructureElement section;
    private boolean sectionPending;
    private float y;
    /** Nothing written on the current page yet: spacing before is dropped, as Document.add does. */
    private boolean pageEmpty = true;

    /** @param writer tagged ({@link PdfWriter#setTagged()} before the document was opened) */
    public TaggedLayout(PdfWriter writer, Document document) {
        this.document = document;
        this.canvas = writer.getDirectContent();
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.y = document.top();
    }

    public float width() {
        return document.right() - document.left();
    }

    /** What follows belongs to a new Sect (created with its first content, so empty sections leave no trace). */
    public void startSection() {
        section = null;
        sectionPending = true;
    }

    /** Like {@code Document.newPage()}: does nothing on a page that is still empty. */
    public void newPage() {
        if (!pageEmpty) {
            breakPage();
        }
    }

    /**
     * A paragraph tagged as {@code tag}, broken across pages where needed.
     *
     * @param keepWithNext room (points) that must be left below the paragraph on its page, or it starts a new page:
     *                     keeps a heading with the start of what it introduces
     */
    public void paragraph(Paragraph p, PdfName tag, float keepWithNext) {
        spaceBefore(p.getSpacingBefore());
        float firstLine = p.getTotalLeading();
        float needed = keepWithNext > 0 ? height(p) + keepWithNext : firstLine;
        if (y - needed < document.bottom()) {
            newPage();
        }
        PdfStructureElement element = new PdfStructureElement(parent(), tag);
        ColumnText ct = new ColumnText(canvas);
        ct.addElement(p);
        while (true) {
            float top = y;
            ct.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            canvas.beginMarkedContentSequence(element);
            int status = go(ct, false);
            canvas.endMarkedContentSequence();
            y = ct.getYLine();
            pageEmpty = false;
            // a line too tall for a fresh page would loop forever: print what fits and stop
            boolean stuck = y == top && top == document.top();
            if (!ColumnText.hasMoreText(status) || stuck) {
                return;
            }
            breakPage();
        }
    }

    /**
     * A data table: the caption row (if any) tagged as Caption, the other header rows as THead &gt; TR &gt; TH with
     * column scope, the rest as TBody &gt; TR &gt; TD. Rows never split; the header rows are repeated (as artifacts)
     * on every page the table continues on. Honours the table's keep-together and spacing.
     *
     * @param captionRows 1 when the first header row is the table's caption, else 0
     */
    public void table(PdfPTable table, int captionRows) {
        fix(table);
        int headerRows = table.getHeaderRows();
        spaceBefore(table.spacingBefore());
        float header = rowsHeight(table, 0, headerRows);
        float firstBody = table.size() > headerRows ? table.getRowHeight(headerRows) : 0;
        boolean wholeFitsEmptyPage = table.getTotalHeight() <= document.top() - document.bottom();
        if (y - header - firstBody < document.bottom()
                || table.getKeepTogether() && wholeFitsEmptyPage && y - table.getTotalHeight() < document.bottom()) {
            newPage();
        }
        PdfStructureElement t = new PdfStructureElement(parent(), PdfName.TABLE);
        if (captionRows > 0) {
            PdfStructureElement caption = new PdfStructureElement(t, PdfName.CAPTION);
            canvas.beginMarkedContentSequence(caption);
            y = table.writeSelectedRows(0, -1, 0, captionRows, document.left(), y, canvas);
            canvas.endMarkedContentSequence();
            pageEmpty = false;
        }
        if (headerRows > captionRows) {
            PdfStructureElement head = new PdfStructureElement(t, PdfName.THEAD);
            for (int r = captionRows; r < headerRows; r++) {
                row(table, r, new PdfStructureElement(head, PdfName.TABLEROW), PdfName.TH);
            }
        }
        PdfStructureElement body = table.size() > headerRows ? new PdfStructureElement(t, PdfName.TBODY) : null;
        boolean rowOnPage = true;
        for (int r = headerRows; r < table.size(); r++) {
            if (rowOnPage && y - table.getRowHeight(r) < document.bottom()) {
                breakPage();
                canvas.beginMarkedContentSequence(ARTIFACT);
                y = table.writeSelectedRows(0, -1, 0, headerRows, document.left(), y, canvas);
                canvas.endMarkedContentSequence();
                rowOnPage = false;
            }
            row(table, r, new PdfStructureElement(body, PdfName.TABLEROW), PdfName.TD);
            rowOnPage = true;
        }
        y -= table.spacingAfter();
    }

    /**
     * A table used for layout only (for example the grade box): no table structure, a Div whose cells are each
     * one element of {@code tag}, read row by row, left to right. Kept on one page.
     */
    public void cells(PdfPTable table, PdfName tag) {
        fix(table);
        spaceBefore(table.spacingBefore());
        if (y - table.getTotalHeight() < document.bottom()) {
            newPage();
        }
        PdfStructureElement div = new PdfStructureElement(parent(), PdfName.DIV);
        for (int r = 0; r < table.size(); r++) {
            PdfPCell[] cells = table.getRow(r).getCells();
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    canvas.beginMarkedContentSequence(new PdfStructureElement(div, tag));
                    table.writeSelectedRows(c, c + cells[c].getColspan(), r, r + 1, columnLeft(table, c), y, canvas);
                    canvas.endMarkedContentSequence();
                }
            }
            y -= table.getRowHeight(r);
        }
        pageEmpty = false;
        y -= table.spacingAfter();
    }

    /** A chart, centred, tagged as a Figure whose alternative text is {@code alt}. */
    public void figure(Image image, String alt) {
        figures(List.of(image), List.of(alt), image.getScaledWidth(), 0);
    }

    /**
     * Charts side by side in equal slots across the full width, each scaled to fit its slot less {@code padding}
     * on every side, each its own Figure.
     */
    public void figureRow(List<Image> images, List<String> alts, float padding) {
        figures(images, alts, width() / images.size(), padding);
    }

    private void figures(List<Image> images, List<String> alts, float slot, float padding) {
        float rowHeight = 0;
        float[] w = new float[images.size()];
        float[] h = new float[images.size()];
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            float scale = Math.min(1, (slot - 2 * padding) / image.getScaledWidth());
            w[i] = image.getScaledWidth() * scale;
            h[i] = image.getScaledHeight() * scale;
            rowHeight = Math.max(rowHeight, h[i] + 2 * padding);
        }
        if (y - rowHeight < document.bottom()) {
            newPage();
        }
        float slotsLeft = document.left() + (width() - slot * images.size()) / 2;
        for (int i = 0; i < images.size(); i++) {
            PdfStructureElement figure = new PdfStructureElement(parent(), PdfName.FIGURE);
            figure.put(PdfName.ALT, new PdfString(alts.get(i), PdfObject.TEXT_UNICODE));
            float x = slotsLeft + slot * i + (slot - w[i]) / 2;
            canvas.beginMarkedContentSequence(figure);
            try {
                canvas.addImage(images.get(i), w[i], 0, 0, h[i], x, y - padding - h[i]);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            canvas.endMarkedContentSequence();
        }
        y -= rowHeight + FIGURE_GAP;
        pageEmpty = false;
    }

    private void row(PdfPTable table, int r, PdfStructureElement tr, PdfName cellTag) {
        PdfPRow row = table.getRow(r);
        PdfPCell[] cells = row.getCells();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                continue;
            }
            PdfStructureElement cell = new PdfStructureElement(tr, cellTag);
            if (cellTag == PdfName.TH) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, TABLE_ATTRIBUTES);
                attributes.put(SCOPE, COLUMN);
                cell.put(PdfName.A, attributes);
            }
            canvas.beginMarkedContentSequence(cell);
            table.writeSelectedRows(c, c + cells[c].getColspan(), r, r + 1, columnLeft(table, c), y, canvas);
            canvas.endMarkedContentSequence();
        }
        y -= table.getRowHeight(r);
        pageEmpty = false;
    }

    /** Writing from column {@code c} on places that column (not the table) at the given x. */
    private float columnLeft(PdfPTable table, int c) {
        float x = document.left();
        float[] widths = table.getAbsoluteWidths();
        for (int i = 0; i < c; i++) {
            x += widths[i];
        }
        return x;
    }

    private PdfStructureElement parent() {
        if (sectionPending) {
            section = new PdfStructureElement(root, PdfName.SECT);
            sectionPending = false;
        }
        return section != null ? section : root;
    }

    private void fix(PdfPTable table) {
        table.setTotalWidth(width() * table.getWidthPercentage() / 100);
        table.setLockedWidth(true);
    }

    private void spaceBefore(float spacing) {
        if (!pageEmpty) {
            y -= spacing;
        }
    }

    private void breakPage() {
        document.newPage();
        y = document.top();
        pageEmpty = true;
    }

    /** Height of the paragraph laid out at full width, without writing anything. */
    private float height(Paragraph p) {
        ColumnText ct = new ColumnText(canvas);
        ct.addElement(p);
        ct.setSimpleColumn(document.left(), -100_000, document.right(), 0);
        go(ct, true);
        return -ct.getYLine();
    }

    private static float rowsHeight(PdfPTable table, int from, int to) {
        float h = 0;
        for (int r = from; r < to; r++) {
            h += table.getRowHeight(r);
        }
        return h;
    }

    private static int go(ColumnText ct, boolean simulate) {
        try {
            return ct.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
