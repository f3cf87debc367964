package com.rotationrisk.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PriceChartTest {

    @Test
    void eachLineHasItsOwnPatternAsWellAsItsOwnColour() {
        LocalDate[] days = {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)};
        JFreeChart chart = new PriceChart("XYZ").line("Close", days, new double[] {1, 2})
                .line("SMA 50", days, new double[] {1, 2}).line("SMA 200", days, new double[] {1, 2}).build();
        var renderer = chart.getXYPlot().getRenderer();

        float[][] patterns = new float[3][];
        for (int i = 0; i < 3; i++) {
            patterns[i] = ((BasicStroke) renderer.getSeriesStroke(i)).getDashArray();
            assertThat(renderer.getSeriesPaint(i)).isNotEqualTo(renderer.getSeriesPaint((i + 1) % 3));
        }
        assertThat(patterns[0]).isNull();
        assertThat(patterns[1]).isNotNull().isNotEqualTo(patterns[2]);
        assertThat(patterns[2]).isNotNull();
    }
}
