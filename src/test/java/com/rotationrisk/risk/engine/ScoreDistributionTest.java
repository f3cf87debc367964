package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** One binning for the score histograms on screen and in the PDF. */
class ScoreDistributionTest {

    @Test
    void fiveTwentyPointBandsTheLastIncluding100() {
        assertThat(ScoreDistribution.labels()).containsExactly("0-19", "20-39", "40-59", "60-79", "80-100");
        assertThat(ScoreDistribution.bin(0)).isZero();
        assertThat(ScoreDistribution.bin(19.999)).isZero();
        assertThat(ScoreDistribution.bin(20)).isEqualTo(1);
        assertThat(ScoreDistribution.bin(79.999)).isEqualTo(3);
        assertThat(ScoreDistribution.bin(80)).isEqualTo(4);
        assertThat(ScoreDistribution.bin(100)).isEqualTo(4);
        assertThat(ScoreDistribution.bin(-1)).isZero();
    }

    @Test
    void countsEveryScoredPositionOnceAndSkipsUnscoredOnes() {
        List<PositionAssessment> positions = new ArrayList<>();
        for (Double s : new Double[] {5.0, 19.9, 20.0, 65.0, 100.0, null}) {
            positions.add(position(s));
        }
        Map<String, Integer> counts = ScoreDistribution.counts(positions, Dimension.REVERSAL_RISK);
        assertThat(counts).containsExactly(Map.entry("0-19", 2), Map.entry("20-39", 1), Map.entry("40-59", 0),
                Map.entry("60-79", 1), Map.entry("80-100", 1));
        assertThat(ScoreDistribution.counts(positions, Dimension.POLICY_SHOCK_EXPOSURE).values())
                .containsOnly(0);
    }

    private static PositionAssessment position(Double reversal) {
        OptionalDouble r = reversal == null ? OptionalDouble.empty() : OptionalDouble.of(reversal);
        DimensionScore c = new DimensionScore(Dimension.MOMENTUM_CROWDING, OptionalDouble.empty(), List.of());
        DimensionScore rev = new DimensionScore(Dimension.REVERSAL_RISK, r, List.of());
        DimensionScore e = new DimensionScore(Dimension.POLICY_SHOCK_EXPOSURE, OptionalDouble.empty(), List.of());
        InstrumentProfile p = new InstrumentProfile("X", "X", AssetType.STOCK, "Financials", "Banks", SizeBucket.SMALL);
        return new PositionAssessment("X", p, LocalDate.of(2026, 1, 16), 10, 1, null, 10, 0.1, c, rev, e,
                Betas.ZERO, null, List.of(), List.of());
    }
}
