package com.rotationrisk.risk.engine.indicators;

import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.ModelConfig.Windows;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.PercentBIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.num.Num;

/**
 * Computes the ta4j indicators of one instrument at bar {@code end}, reading only bars {@code <= end}.
 * <p>
 * Window policy (see METHODOLOGY.md, "Warm-up"): one ta4j series is built over the last
 * {@code max(rsiWarmup + divergenceWindow, smaLong, high52w, volumeLong, atrLong + 1)} = 270 bars ending at
 * {@code end}. The Wilder-smoothed RSI14 and ATR14 forget their seed as (13/14)^n, so 250 bars of warm-up put the
 * seed error near 1e-8 relative (WarmupTest checks 1e-6 against full history). The long ATR is the simple 100-day
 * mean of ta4j's true range (SMAIndicator over TRIndicator), which is exact from 101 bars and needs no warm-up.
 */
public final class TechnicalIndicators {

    private TechnicalIndicators() {
    }

    public static TechnicalSnapshot compute(DailyBars bars, int end, Windows w) {
        int available = end + 1;
        int window = Math.max(Math.max(w.rsiWarmup() + w.divergenceWindow(), w.smaLong()),
                Math.max(Math.max(w.high52w(), w.volumeLong()), w.atrLong() + 1));
        BarSeries series = Ta4jSeries.of(bars, Math.max(0, end - window + 1), end);
        int last = series.getEndIndex();
        ClosePriceIndicator close = new ClosePriceIndicator(series);

        Double rsi = null, rsiMax = null;
        Boolean atHigh = null;
        if (available > w.rsi() + w.divergenceWindow() - 1) {
            RSIIndicator rsiInd = new RSIIndicator(close, w.rsi());
            rsi = value(rsiInd, last);
            rsiMax = max(rsiInd, last - w.divergenceWindow() + 1, last);
            HighestValueIndicator high20 = new HighestValueIndicator(close, w.divergenceWindow());
            atHigh = close.getValue(last).doubleValue() >= high20.getValue(last).doubleValue();
        } else if (available > w.rsi()) {
            rsi = value(new RSIIndicator(close, w.rsi()), last);
        }
        boolean rangeKnown = allKnown(bars.high(), end - w.atrLong(), end) && allKnown(bars.low(), end - w.atrLong(), end);
        TRIndicator trueRange = new TRIndicator(series);
        Double atrShort = rangeKnown && available > w.atrShort()
                ? value(new ATRIndicator(trueRange, w.atrShort()), last) : null;
        Double atrLong = rangeKnown && available > w.atrLong()
                ? value(new SMAIndicator(trueRange, w.atrLong()), last) : null;
        Double smaShort = available >= w.smaShort() ? value(new SMAIndicator(close, w.smaShort()), last) : null;
        Double smaLong = available >= w.smaLong() ? value(new SMAIndicator(close, w.smaLong()), last) : null;
        Double percentB = available >= w.bollinger()
                ? value(new PercentBIndicator(close, w.bollinger(), w.bollingerK()), last) : null;
        Double rocLong = available > w.rocLong() ? value(new ROCIndicator(close, w.rocLong()), last) : null;
        Double rocShort = available > w.rocShort() ? value(new ROCIndicator(close, w.rocShort()), last) : null;
        boolean volumeKnown = allKnown(bars.volume(), end - w.volumeLong() + 1, end);
        VolumeIndicator volume = new VolumeIndicator(series);
        Double volShort = volumeKnown && available >= w.volumeShort()
                ? value(new SMAIndicator(volume, w.volumeShort()), last) : null;
        Double volLong = volumeKnown && available >= w.volumeLong()
                ? value(new SMAIndicator(volume, w.volumeLong()), last) : null;
        Double high52 = available >= w.high52w() ? value(new HighestValueIndicator(close, w.high52w()), last)
                : null;
        return new TechnicalSnapshot(bars.close()[end], rsi, rsiMax, atHigh, atrShort, atrLong, smaShort, smaLong,
                percentB, rocLong, rocShort, volShort, volLong, high52, rangeKnown, volumeKnown);
    }

    /** Whether values[from..to] (clipped at 0) are all present; NaN marks what the source did not publish. */
    private static boolean allKnown(double[] values, int from, int to) {
        for (int i = Math.max(0, from); i <= to; i++) {
            if (Double.isNaN(values[i])) {
                return false;
            }
        }
        return true;
    }

    private static Double value(Indicator<Num> indicator, int index) {
        Num v = indicator.getValue(index);
        if (v == null || v.isNaN()) {
            return null;
        }
        double d = v.doubleValue();
        return Double.isFinite(d) ? d : null;
    }

    private static Double max(Indicator<Num> indicator, int from, int to) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            Double v = value(indicator, i);
            if (v == null) {
                return null;
            }
            best = Math.max(best, v);
        }
        return best;
    }
}
