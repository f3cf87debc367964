package com.rotationrisk.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Daily series for one position's price chart: close, SMA(50), SMA(200) and RSI(14). All arrays have the length of
 * {@code dates}; NaN marks "no value" (for example before an average has enough bars). Arrays are copied.
 */
public record ChartSeries(LocalDate[] dates, double[] close, double[] sma50, double[] sma200, double[] rsi14) {

    public ChartSeries {
        Objects.requireNonNull(dates, "dates");
        int n = dates.length;
        for (double[] a : new double[][] {close, sma50, sma200, rsi14}) {
            if (Objects.requireNonNull(a, "series").length != n) {
                throw new IllegalArgumentException("all chart series must have " + n + " values");
            }
        }
        dates = dates.clone();
        close = close.clone();
        sma50 = sma50.clone();
        sma200 = sma200.clone();
        rsi14 = rsi14.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartSeries c && Arrays.equals(dates, c.dates) && Arrays.equals(close, c.close)
                && Arrays.equals(sma50, c.sma50) && Arrays.equals(sma200, c.sma200) && Arrays.equals(rsi14, c.rsi14);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(dates), Arrays.hashCode(close), Arrays.hashCode(sma50),
                Arrays.hashCode(sma200), Arrays.hashCode(rsi14));
    }

    @Override
    public String toString() {
        return "ChartSeries[" + dates.length + " bars " + (dates.length > 0 ? dates[0] + ".." + dates[dates.length - 1]
                : "") + ", close=" + Arrays.toString(close) + ", sma50=" + Arrays.toString(sma50) + ", sma200="
                + Arrays.toString(sma200) + ", rsi14=" + Arrays.toString(rsi14) + ", dates=" + Arrays.toString(dates)
                + "]";
    }
}
