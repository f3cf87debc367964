package com.rotationrisk.risk.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] x = {4, 1, 3, 2};
        assertThat(Stats.median(x)).isEqualTo(2.5);
        assertThat(Stats.quantile(x, 0.8)).isCloseTo(3.4, within(1e-12)); // position 2.4
        assertThat(Stats.quantile(x, 1.0)).isEqualTo(4.0);
        assertThat(Stats.quantile(x, 0.0)).isEqualTo(1.0);
        assertThat(Stats.median(new double[0])).isNaN();
    }

    @Test
    void pearsonByHand() {
        // deviations x: -1.5 -0.5 0.5 1.5, y: -1.5 0.5 -0.5 1.5; sxy = 4, sxx = syy = 5
        assertThat(Stats.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4})).isCloseTo(0.8, within(1e-12));
        assertThat(Stats.pearson(new double[] {1, 2, 3}, new double[] {6, 4, 2})).isCloseTo(-1.0, within(1e-12));
        assertThat(Stats.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isNaN();
    }
}
