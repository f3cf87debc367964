package com.rotationrisk.risk.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Daily OHLCV bars of one instrument, ascending by date. Validated on construction: equal array lengths,
 * strictly ascending dates, positive finite closes, high >= low, non-negative volume. Open, high, low and volume
 * may be NaN where the source did not publish them (some real histories are closes only); components that need
 * them then report that instead of a number.
 * Arrays are not copied (performance); callers must not mutate them afterwards.
 */
public record DailyBars(String symbol, LocalDate[] dates, double[] open, double[] high, double[] low, double[] close,
        double[] volume) {

    public DailyBars {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        int n = dates.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException(symbol + ": arrays must have equal length");
        }
        for (int i = 0; i < n; i++) {
            if (dates[i] == null) {
                throw new IllegalArgumentException(symbol + ": null date at index " + i);
            }
            if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException(symbol + ": dates must be strictly ascending at " + dates[i]);
            }
            if (!(close[i] > 0) || !Double.isFinite(close[i]) || !positiveOrUnknown(open[i])
                    || !positiveOrUnknown(high[i]) || !positiveOrUnknown(low[i])) {
                throw new IllegalArgumentException(symbol + ": prices must be positive and finite on " + dates[i]);
            }
            if (high[i] < low[i]) {
                throw new IllegalArgumentException(symbol + ": high < low on " + dates[i]);
            }
            if (!Double.isNaN(volume[i]) && (!(volume[i] >= 0) || !Double.isFinite(volume[i]))) {
                throw new IllegalArgumentException(symbol + ": volume must be >= 0 on " + dates[i]);
            }
        }
    }

    private static boolean positiveOrUnknown(double price) {
        return Double.isNaN(price) || (price > 0 && Double.isFinite(price));
    }

    public int size() {
        return dates.length;
    }

    /** Index of the last bar dated on or before {@code asOf}, or -1 when every bar is later. */
    public int lastIndexOnOrBefore(LocalDate asOf) {
        int i = Arrays.binarySearch(dates, asOf);
        return i >= 0 ? i : -i - 2;
    }

    /** Closing price series only (convenience for benchmarks and tests); open/high/low = close, volume 0. */
    public static DailyBars ofCloses(String symbol, LocalDate[] dates, double[] close) {
        return new DailyBars(symbol, dates, close.clone(), close.clone(), close.clone(), close.clone(),
                new double[close.length]);
    }
}
