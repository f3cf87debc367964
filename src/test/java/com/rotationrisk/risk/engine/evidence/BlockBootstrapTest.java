package com.rotationrisk.risk.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockBootstrapTest {

    @Test
    void aBlockAsLongAsTheSeriesAlwaysDrawsTheSeriesItself() {
        double[] x = {1, 5, 2, 8};
        BlockBootstrap.Interval i = BlockBootstrap.meanInterval(x, 4, 200, 1);
        assertThat(i.low()).isEqualTo(4.0);
        assertThat(i.high()).isEqualTo(4.0);
        assertThat(i.resamples()).isEqualTo(200);
    }

    @Test
    void resamplesAreRunsOfConsecutiveMonthsCutToTheSeriesLength() {
        int[] idx = BlockBootstrap.resample(14, 6, new Random(3));
        assertThat(idx).hasSize(14);
        for (int b = 0; b < 14; b += 6) {
            for (int k = b + 1; k < Math.min(14, b + 6); k++) {
                assertThat(idx[k]).isEqualTo(idx[k - 1] + 1);
            }
            assertThat(idx[b]).isBetween(0, 14 - 6);
        }
    }

    @Test
    void theSeedFixesTheInterval() {
        double[] x = new Random(9).doubles(60).toArray();
        BlockBootstrap.Interval a = BlockBootstrap.meanInterval(x, 6, 500, 42);
        assertThat(BlockBootstrap.meanInterval(x, 6, 500, 42)).isEqualTo(a);
        assertThat(BlockBootstrap.meanInterval(x, 6, 500, 43)).isNotEqualTo(a);
    }

    @Test
    void independentDataGiveAboutTheTextbookInterval() {
        // 2,400 independent standard normals: the 95 % interval of the mean is about +-1.96 / sqrt(2400) = +-0.040
        double[] x = new double[2400];
        Random g = new Random(5);
        for (int i = 0; i < x.length; i++) {
            x[i] = g.nextGaussian();
        }
        BlockBootstrap.Interval i = BlockBootstrap.meanInterval(x, 6, 2000, 11);
        double half = (i.high() - i.low()) / 2;
        assertThat(half).isCloseTo(1.96 / Math.sqrt(2400), within(0.006));
        assertThat((i.high() + i.low()) / 2).isCloseTo(Stats.mean(x), within(0.006));
    }
}
