package com.rotationrisk.marketdata;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Daily bars of one instrument as parallel arrays, ascending by date. Open, high, low and volume
 * are {@link Double#NaN} where the source did not publish them. Treat the arrays as read-only:
 * instances are shared from the cache.
 */
public record PriceHistory(String symbol, LocalDate[] dates, double[] open, double[] high, double[] low,
                           double[] close, double[] volume) {

    public static PriceHistory empty(String symbol) {
        return new PriceHistory(symbol, new LocalDate[0], new double[0], new double[0], new double[0], new double[0],
                new double[0]);
    }

    public int size() {
        return dates.length;
    }

    public boolean isEmpty() {
        return dates.length == 0;
    }

    public LocalDate firstDate() {
        return isEmpty() ? null : dates[0];
    }

    public LocalDate lastDate() {
        return isEmpty() ? null : dates[dates.length - 1];
    }

    public double lastClose() {
        return isEmpty() ? Double.NaN : close[close.length - 1];
    }

    /** Whether every bar has open, high, low and volume (some real sources publish closes only). */
    public boolean hasFullBars() {
        for (int i = 0; i < dates.length; i++) {
            if (Double.isNaN(high[i]) || Double.isNaN(low[i]) || Double.isNaN(open[i]) || Double.isNaN(volume[i])) {
                return false;
            }
        }
        return true;
    }

    /** Index of the last bar dated on or before {@code date}, or -1 when every bar is later. */
    public int lastIndexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(dates, date);
        return found >= 0 ? found : -found - 2;
    }

    /** The bars dated on or before {@code asOf}: nothing later can leak into a calculation. */
    public PriceHistory upTo(LocalDate asOf) {
        int end = lastIndexOnOrBefore(asOf) + 1;
        if (end == dates.length) {
            return this;
        }
        return new PriceHistory(symbol, Arrays.copyOf(dates, end), Arrays.copyOf(open, end), Arrays.copyOf(high, end),
                Arrays.copyOf(low, end), Arrays.copyOf(close, end), Arrays.copyOf(volume, end));
    }
}
