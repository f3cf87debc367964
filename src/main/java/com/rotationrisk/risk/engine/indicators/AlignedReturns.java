package com.rotationrisk.risk.engine.indicators;

import com.rotationrisk.risk.engine.DailyBars;

/**
 * The instrument's most recent daily close-to-close returns (oldest first) with the large-cap return and the rotation
 * spread over exactly the same interval (previous instrument bar to this bar). A benchmark value is NaN when the
 * benchmark is missing or lacks either date.
 */
public record AlignedReturns(double[] instrument, double[] market, double[] spread) {

    public static AlignedReturns of(DailyBars bars, int end, MarketView market, int count) {
        int n = Math.min(count, end);
        double[] inst = new double[n];
        double[] mkt = new double[n];
        double[] spr = new double[n];
        double[] close = bars.close();
        for (int k = 0; k < n; k++) {
            int i = end - n + 1 + k;
            inst[k] = close[i] / close[i - 1] - 1.0;
            long from = bars.dates()[i - 1].toEpochDay();
            long to = bars.dates()[i].toEpochDay();
            double large = market.largeCap() == null ? Double.NaN : market.largeCap().returnBetween(from, to);
            double small = market.smallCap() == null ? Double.NaN : market.smallCap().returnBetween(from, to);
            mkt[k] = large;
            spr[k] = small - large;
        }
        return new AlignedReturns(inst, mkt, spr);
    }

    public int size() {
        return instrument.length;
    }

    /** The last {@code window} pairs (instrument, factor) where the factor is known; null when fewer exist. */
    public double[][] lastValidPairs(double[] factor, int window) {
        double[] x = new double[window];
        double[] y = new double[window];
        int filled = 0;
        for (int k = instrument.length - 1; k >= 0 && filled < window; k--) {
            if (!Double.isNaN(factor[k])) {
                filled++;
                y[window - filled] = instrument[k];
                x[window - filled] = factor[k];
            }
        }
        return filled < window ? null : new double[][] {y, x};
    }
}
