package com.rotationrisk.risk.engine.evidence;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Moving-block bootstrap (Künsch 1989) of a monthly series: each resample concatenates blocks of {@code block}
 * consecutive months, each starting at a uniformly drawn month (0 to n - block), cut to n months, so the dependence
 * inside a block (overlapping forward windows) is kept. The interval is the 2.5 % and 97.5 % percentile (type 7) of
 * the resampled statistic.
 */
public final class BlockBootstrap {

    private BlockBootstrap() {
    }

    /** A percentile interval and the number of resamples whose statistic was a number. */
    public record Interval(double low, double high, int resamples) {
    }

    /** The month indices of one resample of {@code n} months. */
    static int[] resample(int n, int block, Random rnd) {
        int b = Math.max(1, Math.min(block, n));
        int[] idx = new int[n];
        int filled = 0;
        while (filled < n) {
            int start = rnd.nextInt(n - b + 1);
            for (int k = 0; k < b && filled < n; k++) {
                idx[filled++] = start + k;
            }
        }
        return idx;
    }

    /**
     * The 95 % interval of {@code statistic} over {@code resamples} resamples of {@code n} months. The statistic gets
     * the resampled month indices; resamples where it is NaN are skipped. Returns NaN bounds for n = 0.
     */
    public static Interval interval(int n, int block, int resamples, long seed, ToDoubleFunction<int[]> statistic) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, 0);
        }
        Random rnd = new Random(seed);
        double[] values = new double[resamples];
        int k = 0;
        for (int r = 0; r < resamples; r++) {
            double v = statistic.applyAsDouble(resample(n, block, rnd));
            if (!Double.isNaN(v)) {
                values[k++] = v;
            }
        }
        if (k == 0) {
            return new Interval(Double.NaN, Double.NaN, 0);
        }
        double[] ok = Arrays.copyOf(values, k);
        return new Interval(Stats.quantile(ok, 0.025), Stats.quantile(ok, 0.975), k);
    }

    /** The 95 % interval of the mean of {@code x}. */
    public static Interval meanInterval(double[] x, int block, int resamples, long seed) {
        return interval(x.length, block, resamples, seed, idx -> {
            double s = 0;
            for (int i : idx) {
                s += x[i];
            }
            return s / idx.length;
        });
    }
}
