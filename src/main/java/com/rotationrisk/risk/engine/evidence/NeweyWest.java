package com.rotationrisk.risk.engine.evidence;

/**
 * The mean of a time series with a Newey-West (1987) standard error: autocovariances up to {@code lag} weighted by
 * the Bartlett kernel {@code 1 - j / (lag + 1)}, each autocovariance divided by n (not n - j). With lag 0 the standard
 * error is the sample standard deviation with divisor n, over the square root of n (not the n - 1 version). The 95 %
 * interval uses the normal quantile 1.96.
 */
public final class NeweyWest {

    /** Two-sided 95 % normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private NeweyWest() {
    }

    /** The mean, its HAC standard error, t = mean / se, and mean +- 1.96 se. NaN fields for fewer than 2 values. */
    public record Estimate(int n, int lag, double mean, double standardError, double t, double ciLow,
            double ciHigh) {
    }

    /** The lag for monthly observations of overlapping forward windows: ceil(horizon / 21) + 1 months. */
    public static int lagForHorizon(int horizonSessions) {
        return (int) Math.ceil(horizonSessions / 21.0) + 1;
    }

    public static Estimate of(double[] x, int lag) {
        int n = x.length;
        if (n < 2) {
            return new Estimate(n, lag, n == 1 ? x[0] : Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Stats.mean(x);
        double variance = autocovariance(x, mean, 0);
        for (int j = 1; j <= Math.min(lag, n - 1); j++) {
            variance += 2 * (1 - j / (lag + 1.0)) * autocovariance(x, mean, j);
        }
        double se = Math.sqrt(Math.max(0, variance) / n);
        return new Estimate(n, lag, mean, se, se > 0 ? mean / se : Double.NaN, mean - Z95 * se, mean + Z95 * se);
    }

    private static double autocovariance(double[] x, double mean, int j) {
        double s = 0;
        for (int t = j; t < x.length; t++) {
            s += (x[t] - mean) * (x[t - j] - mean);
        }
        return s / x.length;
    }
}
