package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.BarChart;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.ScoreDistribution;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Score distributions: positions per score band ({@link ScoreDistribution}), one bar chart per dimension. */
final class ScoreChartsSection implements SectionRenderer {

    /** Drawn at this size and scaled down into a third of the page width, so labels fit like on screen. */
    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Score distributions");
        PdfPTable row = new PdfPTable(3);
        row.setWidthPercentage(100);
        for (Dimension d : Dimension.values()) {
            PdfPCell cell = new PdfPCell(ctx.charts.draw(BarChart.of(d.label(), "Positions", ScoreDistribution.counts(ctx.assessment().positions(), d), false),
                    260, 240), true);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(2);
            row.addCell(cell);
        }
        ctx.add(row);
        ctx.note("Bars count positions per score band; positions without a score are left out.");
    }
}
