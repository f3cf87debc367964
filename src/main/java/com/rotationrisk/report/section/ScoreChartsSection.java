package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.BarChart;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.PositionAssessment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Score distributions: number of positions per 20-point band, one bar chart per dimension. */
final class ScoreChartsSection implements SectionRenderer {

    static final String[] BANDS = {"0-19", "20-39", "40-59", "60-79", "80-100"};

    /** Drawn at this size and scaled down into a third of the page width, so labels fit like on screen. */
    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Score distributions");
        PdfPTable row = new PdfPTable(3);
        row.setWidthPercentage(100);
        for (Dimension d : Dimension.values()) {
            PdfPCell cell = new PdfPCell(ctx.charts.draw(BarChart.of(d.label(), "Positions", counts(ctx, d), false),
                    260, 240), true);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(2);
            row.addCell(cell);
        }
        ctx.add(row);
        ctx.note("Bars count positions per score band; positions without a score are left out.");
    }

    static Map<String, Integer> counts(ReportContext ctx, Dimension d) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String b : BANDS) {
            out.put(b, 0);
        }
        for (PositionAssessment p : ctx.assessment().positions()) {
            p.dimension(d).score().ifPresent(s -> out.merge(BANDS[Math.min(4, (int) (s / 20))], 1, Integer::sum));
        }
        return out;
    }
}
