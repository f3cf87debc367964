package com.rotationrisk.risk.engine.evidence;

import java.util.Arrays;

/** Descriptive statistics of the evidence study. NaN where a value does not exist (empty input). */
public final class Stats {

    private Stats() {
    }

    public static double mean(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /**
     * The {@code p}-quantile with linear interpolation between order statistics (Hyndman-Fan type 7, the default of R
     * and NumPy): position {@code p (n - 1)} in the sorted values.
     */
    public static double quantile(double[] x, double p) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /** Pearson correlation of paired values; NaN with fewer than 3 pairs or when either side is constant. */
    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException("unequal lengths");
        }
        if (n < 3) {
            return Double.NaN;
        }
        double mx = mean(x), my = mean(y), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
