package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.BarChart;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.ScoreDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** Score distributions: positions per score band ({@link ScoreDistribution}), one bar chart per dimension. */
final class ScoreChartsSection implements SectionRenderer {

    /** Drawn at this size and scaled down into a third of the page width, so labels fit like on screen. */
    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Score distributions");
        List<JFreeChart> charts = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            Map<String, Integer> counts = ScoreDistribution.counts(ctx.assessment().positions(), d);
            charts.add(BarChart.of(d.label(), "Positions", counts, false));
        }
        ctx.figureRow(charts, 260, 240);
        ctx.note("Bars count positions per score band; positions without a score are left out.");
    }
}
