package com.rotationrisk.risk.engine.indicators;

import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.ModelConfig.Windows;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
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
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

/**
 * Computes the ta4j indicators of one instrument at bar {@code end}, reading only bars {@code <= end}.
 * <p>
 * Every value needs the bars its ta4j indicator declares unstable (plus Wilder's seed decay, see {@link Stability});
 * below that it is null. Window policy (see the methodology, "Warm-up"): one ta4j series is built over the last
 * {@code max(rsiWarmup + divergenceWindow, smaLong, high52w, volumeLong, atrLong + 1)} = 270 bars ending at
 * {@code end}. The Wilder-smoothed RSI14 and ATR14 forget their seed as (13/14)^n, so 250 bars of warm-up put the
 * seed error near 1e-8 relative (WarmupTest checks 1e-6 against full history). The long ATR is the simple 100-day
 * mean of ta4j's true range (SMAIndicator over TRIndicator), which is exact from 101 bars and needs no warm-up.
 */
public final class TechnicalIndicators {

    private TechnicalIndicators() {
    }

    /**
     * @param tolerance the largest weight a Wilder seed may keep before RSI and ATR are shown (see {@link Stability})
     */
    public static TechnicalSnapshot compute(DailyBars bars, int end, Windows w, double tolerance) {
        int available = end + 1;
        int window = Math.max(Math.max(w.rsiWarmup() + w.divergenceWindow(), w.smaLong()),
                Math.max(Math.max(w.high52w(), w.volumeLong()), w.atrLong() + 1));
        BarSeries series = Ta4jSeries.of(bars, Math.max(0, end - window + 1), end);
        int last = series.getEndIndex();
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        RSIIndicator rsiInd = new RSIIndicator(close, w.rsi());
        TRIndicator trueRange = new TRIndicator(series);
        ATRIndicator atrShortInd = new ATRIndicator(trueRange, w.atrShort());
        SMAIndicator atrLongInd = new SMAIndicator(trueRange, w.atrLong());
        SMAIndicator smaShortInd = new SMAIndicator(close, w.smaShort());
        SMAIndicator smaLongInd = new SMAIndicator(close, w.smaLong());
        PercentBIndicator percentBInd = new PercentBIndicator(close, w.bollinger(), w.bollingerK());
        ROCIndicator rocLongInd = new ROCIndicator(close, w.rocLong());
        ROCIndicator rocShortInd = new ROCIndicator(close, w.rocShort());
        VolumeIndicator volume = new VolumeIndicator(series);
        SMAIndicator volumeLongInd = new SMAIndicator(volume, w.volumeLong());
        HighestValueIndicator highInd = new HighestValueIndicator(close, w.high52w());
        HighestValueIndicator divergenceHigh = new HighestValueIndicator(close, w.divergenceWindow());

        TechnicalSnapshot.Needed needed = needed(w, tolerance);
        Double rsi = available >= needed.rsi() ? value(rsiInd, last) : null;
        Double rsiMax = null;
        Boolean atHigh = null;
        if (available >= needed.divergence()) {
            rsiMax = max(rsiInd, last - w.divergenceWindow() + 1, last);
            atHigh = close.getValue(last).doubleValue() >= divergenceHigh.getValue(last).doubleValue();
        }
        boolean rangeKnown = allKnown(bars.high(), end - w.atrLong(), end) && allKnown(bars.low(), end - w.atrLong(), end);
        Double atrShort = rangeKnown && available >= needed.atrShort() ? value(atrShortInd, last) : null;
        Double atrLong = rangeKnown && available >= needed.atrLong() ? value(atrLongInd, last) : null;
        Double smaShort = available >= needed.smaShort() ? value(smaShortInd, last) : null;
        Double smaLong = available >= needed.smaLong() ? value(smaLongInd, last) : null;
        Double percentB = available >= needed.percentB() ? value(percentBInd, last) : null;
        Double rocLong = available >= needed.rocLong() ? value(rocLongInd, last) : null;
        Double rocShort = available >= Stability.barsNeeded(rocShortInd) ? value(rocShortInd, last) : null;
        boolean volumeKnown = allKnown(bars.volume(), end - w.volumeLong() + 1, end);
        Double upVolShort = volumeKnown && available >= needed.volumeShort()
                ? upVolumeMean(bars, end, w.volumeShort()) : null;
        Double volLong = volumeKnown && available >= needed.volumeLong() ? value(volumeLongInd, last) : null;
        Double high52 = available >= needed.high52w() ? value(highInd, last) : null;
        return new TechnicalSnapshot(bars.close()[end], rsi, rsiMax, atHigh, atrShort, atrLong, smaShort, smaLong,
                percentB, rocLong, rocShort, upVolShort, volLong, high52, rangeKnown, volumeKnown, available, needed);
    }

    /** Bars each indicator needs for a stable value under these windows (from ta4j's unstable-bar counts). */
    public static TechnicalSnapshot.Needed needed(Windows w, double tolerance) {
        // ta4j's unstable-bar counts depend on the indicator's parameters only, so an empty series is enough to ask.
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        TRIndicator trueRange = new TRIndicator(series);
        int rsiNeeded = Stability.barsNeededWilder(new RSIIndicator(close, w.rsi()), w.rsi(), tolerance);
        // ta4j's true range of the first bar has no previous close to compare with: one more bar for the mean of it.
        return new TechnicalSnapshot.Needed(rsiNeeded, rsiNeeded + w.divergenceWindow() - 1,
                Stability.barsNeededWilder(new ATRIndicator(trueRange, w.atrShort()), w.atrShort(), tolerance),
                Stability.barsNeeded(new SMAIndicator(trueRange, w.atrLong())) + 1,
                Stability.barsNeeded(new SMAIndicator(close, w.smaShort())),
                Stability.barsNeeded(new SMAIndicator(close, w.smaLong())),
                Stability.barsNeeded(new PercentBIndicator(close, w.bollinger(), w.bollingerK())),
                Stability.barsNeeded(new ROCIndicator(close, w.rocLong())), w.volumeShort() + 1,
                Stability.barsNeeded(new SMAIndicator(new VolumeIndicator(series), w.volumeLong())),
                Stability.barsNeeded(new HighestValueIndicator(close, w.high52w())));
    }

    /**
     * Mean volume of the sessions among the last {@code window} that closed above the previous close; 0 when none did.
     * Heavy volume on falling prices is selling, not a crowd buying in, so it does not count as a flow surge.
     */
    static double upVolumeMean(DailyBars bars, int end, int window) {
        double sum = 0;
        int days = 0;
        for (int i = end - window + 1; i <= end; i++) {
            if (bars.close()[i] > bars.close()[i - 1]) {
                sum += bars.volume()[i];
                days++;
            }
        }
        return days == 0 ? 0.0 : sum / days;
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
