package com.rotationrisk.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartTextTest {

    private static final LocalDate[] DAYS = {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
            LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5)};

    @Test
    void aLineChartIsDescribedByItsSpanAndEachLinesFirstLastLowAndHigh() {
        ChartText text = ChartText.of(new PriceChart("XYZ close").line("Close", DAYS, new double[] {10, 8.5, 12.25, 11})
                .line("SMA 2", DAYS, new double[] {Double.NaN, 9.25, 10.375, 11.625}).build());

        assertThat(text.title()).isEqualTo("XYZ close");
        assertThat(text.description()).isEqualTo("4 days from 2026-03-02 to 2026-03-05."
                + " Close: first 10, last 11, lowest 8.5 (2026-03-03), highest 12.25 (2026-03-04)."
                + " SMA 2: first 9.25, last 11.63, lowest 9.25 (2026-03-03), highest 11.63 (2026-03-05).");
        assertThat(text.alternative()).startsWith("XYZ close. 4 days from");
    }

    @Test
    void theTableHasADateColumnAndOneColumnPerLineWithGapsReadAsNoValueNeverZero() {
        ChartText text = ChartText.of(new PriceChart("XYZ").line("Close", DAYS, new double[] {10, 8.5, 12.25, 11})
                .line("SMA 2", DAYS, new double[] {Double.NaN, 9.25, 10.375, 11.625}).build());

        assertThat(text.headers()).containsExactly("Date", "Close", "SMA 2");
        assertThat(text.rows()).containsExactly(List.of("2026-03-02", "10", ChartText.NO_VALUE),
                List.of("2026-03-03", "8.5", "9.25"), List.of("2026-03-04", "12.25", "10.38"),
                List.of("2026-03-05", "11", "11.63"));
    }

    @Test
    void aBarChartNamesItsBarsLargestFirstAndCountsTheRest() {
        Map<String, Double> weights = new LinkedHashMap<>();
        String[] sectors = {"Energy", "Technology", "Utilities", "Financials", "Health", "Industrials", "Materials",
                "Real estate"};
        for (int i = 0; i < sectors.length; i++) {
            weights.put(sectors[i], 5.0 + i * (i % 2 == 0 ? 1 : 3));
        }
        ChartText text = ChartText.of(BarChart.of("Sector weights", "Weight %", weights, true));

        assertThat(text.description()).isEqualTo("8 bars of Weight %, largest first: Real estate 26, Industrials 20,"
                + " Financials 14, Materials 11, Technology 8, Health 9, and 2 more.".replace("Technology 8, Health 9",
                        "Health 9, Technology 8"));
        assertThat(text.headers()).containsExactly("Category", "Weight %");
        assertThat(text.rows()).hasSize(8).first().isEqualTo(List.of("Energy", "5"));
    }

    @Test
    void anEmptyChartSaysSoInsteadOfInventingValues() {
        ChartText text = ChartText.of(new PriceChart("Nothing yet").build());

        assertThat(text.description()).isEqualTo("The chart has no values.");
        assertThat(text.rows()).isEmpty();
    }
}
