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

    /**
     * Convenience for callers that only have closes: simple moving averages and Wilder's RSI(14) (first value at
     * index 14, seeded with the mean gain/loss of the first 14 changes).
     */
    public static ChartSeries fromCloses(LocalDate[] dates, double[] close) {
        return new ChartSeries(dates, close, sma(close, 50), sma(close, 200), wilderRsi(close, 14));
    }

    /** Last {@code n} bars (all when shorter). */
    public ChartSeries tail(int n) {
        int from = Math.max(0, dates.length - n);
        return new ChartSeries(Arrays.copyOfRange(dates, from, dates.length),
                Arrays.copyOfRange(close, from, close.length), Arrays.copyOfRange(sma50, from, sma50.length),
                Arrays.copyOfRange(sma200, from, sma200.length), Arrays.copyOfRange(rsi14, from, rsi14.length));
    }

    static double[] sma(double[] v, int window) {
        double[] out = new double[v.length];
        Arrays.fill(out, Double.NaN);
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i];
            if (i >= window) {
                sum -= v[i - window];
            }
            if (i >= window - 1) {
                out[i] = sum / window;
            }
        }
        return out;
    }

    static double[] wilderRsi(double[] v, int period) {
        double[] out = new double[v.length];
        Arrays.fill(out, Double.NaN);
        double gain = 0;
        double loss = 0;
        for (int i = 1; i < v.length; i++) {
            double change = v[i] - v[i - 1];
            double up = Math.max(change, 0);
            double down = Math.max(-change, 0);
            if (i <= period) {
                gain += up / period;
                loss += down / period;
            } else {
                gain = (gain * (period - 1) + up) / period;
                loss = (loss * (period - 1) + down) / period;
            }
            if (i >= period) {
                out[i] = loss == 0 ? 100.0 : 100.0 - 100.0 / (1.0 + gain / loss);
            }
        }
        return out;
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
