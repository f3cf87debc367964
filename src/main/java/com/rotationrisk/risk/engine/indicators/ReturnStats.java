package com.rotationrisk.risk.engine.indicators;

/**
 * Plain-Java statistics over double[] slices. ta4j's CorrelationCoefficientIndicator / beta work on Indicator
 * objects over a BarSeries; for aligned return vectors of two different instruments they are awkward (they need a
 * synthetic series per pair), so Pearson correlation, OLS beta, mean and standard deviation are computed here.
 */
public final class ReturnStats {

    private ReturnStats() {
    }

    public static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    /** Sample standard deviation (n - 1). */
    public static double sampleStd(double[] x, int from, int to) {
        double m = mean(x, from, to);
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - m;
            ss += d * d;
        }
        return Math.sqrt(ss / (to - from - 1));
    }

    /** Pearson correlation of x[from..to) and y[from..to); NaN when either is constant. */
    public static double correlation(double[] x, double[] y, int from, int to) {
        double mx = mean(x, from, to);
        double my = mean(y, from, to);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = from; i < to; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** OLS slope of y on x (cov(x,y) / var(x)); NaN when x is constant. */
    public static double beta(double[] y, double[] x, int from, int to) {
        double mx = mean(x, from, to);
        double my = mean(y, from, to);
        double sxy = 0, sxx = 0;
        for (int i = from; i < to; i++) {
            double dx = x[i] - mx;
            sxy += dx * (y[i] - my);
            sxx += dx * dx;
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** Population variance of x[from..to). */
    public static double variance(double[] x, int from, int to) {
        double m = mean(x, from, to);
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - m;
            ss += d * d;
        }
        return ss / (to - from);
    }
}
