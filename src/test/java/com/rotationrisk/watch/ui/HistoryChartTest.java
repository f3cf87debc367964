package com.rotationrisk.watch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.base.ui.ChartImage;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import com.rotationrisk.watch.HistoryPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The history chart: a figure that was not computed is a gap in its line, never a zero. */
class HistoryChartTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    @Test
    void aMissingScoreOrGradeIsAGapAndTheOthersArePlottedAsStored() {
        List<HistoryPoint> points = List.of(
                point(DAY, Grade.LOW, Map.of(Dimension.MOMENTUM_CROWDING, 20.0, Dimension.REVERSAL_RISK, 30.0,
                        Dimension.POLICY_SHOCK_EXPOSURE, 40.0)),
                point(DAY.plusDays(1), null, Map.of(Dimension.REVERSAL_RISK, 35.0,
                        Dimension.POLICY_SHOCK_EXPOSURE, 45.0)),
                point(DAY.plusDays(2), Grade.HIGH, Map.of(Dimension.MOMENTUM_CROWDING, 70.0,
                        Dimension.REVERSAL_RISK, 36.0, Dimension.POLICY_SHOCK_EXPOSURE, 46.0)));
        JFreeChart chart = HistoryChart.of(points);
        List<XYPlot> plots = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
        XYDataset scores = plots.get(0).getDataset();
        XYDataset grades = plots.get(1).getDataset();

        assertThat(scores.getSeriesCount()).isEqualTo(3);
        assertThat(scores.getSeriesKey(0)).isEqualTo("Momentum crowding");
        assertThat(scores.getYValue(0, 0)).isEqualTo(20.0);
        assertThat(scores.getYValue(0, 1)).isNaN();
        assertThat(scores.getYValue(0, 2)).isEqualTo(70.0);
        assertThat(scores.getYValue(1, 1)).isEqualTo(35.0);
        assertThat(grades.getYValue(0, 0)).isEqualTo(Grade.LOW.ordinal());
        assertThat(grades.getYValue(0, 1)).isNaN();
        assertThat(grades.getYValue(0, 2)).isEqualTo(Grade.HIGH.ordinal());

        List<String> legend = new ArrayList<>();
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertThat(legend).containsExactly("Momentum crowding", "Reversal risk", "Policy-shock exposure",
                "Overall grade");
    }

    @Test
    void aSingleScoringIsDrawn() {
        JFreeChart chart = HistoryChart.of(List.of(point(DAY, Grade.MODERATE, Map.of(Dimension.REVERSAL_RISK, 55.0))));
        var picture = new ChartImage(chart, 960, 420).getElement().getChild(0);
        assertThat(picture.getAttribute("role")).isEqualTo("img");
        assertThat(picture.getAttribute("aria-label")).startsWith("Grade and scores over time. One day, ");
    }

    private static HistoryPoint point(LocalDate asOf, Grade grade, Map<Dimension, Double> scores) {
        return new HistoryPoint(asOf, asOf, grade, scores, Map.of(), -5.0, "test-model");
    }
}
