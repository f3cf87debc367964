package com.rotationrisk.risk;

import com.rotationrisk.marketdata.PriceHistory;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.indicators.Ta4jSeries;
import java.time.LocalDate;
import java.util.Arrays;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * The series behind the position charts (close, the short and long simple moving averages and the RSI of the model's
 * windows) over the last {@code days} bars up to the as-of date, computed by ta4j like the scores. NaN where an
 * indicator is not yet defined.
 */
public record IndicatorSeries(LocalDate[] dates, double[] close, double[] smaShort, double[] smaLong, double[] rsi) {

    public static IndicatorSeries of(PriceHistory history, LocalDate asOf, int days, ModelConfig.Windows w) {
        int end = history.lastIndexOnOrBefore(asOf);
        if (end < 0) {
            return new IndicatorSeries(new LocalDate[0], new double[0], new double[0], new double[0], new double[0]);
        }
        // Enough bars before the shown window for the long average and a settled Wilder RSI.
        int from = Math.max(0, end - days - (w.smaLong() + w.rsiWarmup()) + 1);
        DailyBars bars = new DailyBars(history.symbol(), history.dates(), history.open(), history.high(),
                history.low(), history.close(), history.volume());
        BarSeries series = Ta4jSeries.of(bars, from, end);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator smaShort = new SMAIndicator(close, w.smaShort());
        SMAIndicator smaLong = new SMAIndicator(close, w.smaLong());
        RSIIndicator rsi = new RSIIndicator(close, w.rsi());
        int shownFrom = Math.max(from, end - days + 1);
        int n = end - shownFrom + 1;
        double[] c = new double[n];
        double[] s50 = new double[n];
        double[] s200 = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int index = shownFrom - from + i;
            c[i] = history.close()[shownFrom + i];
            s50[i] = index >= w.smaShort() - 1 ? value(smaShort, index) : Double.NaN;
            s200[i] = index >= w.smaLong() - 1 ? value(smaLong, index) : Double.NaN;
            r[i] = index >= w.rsi() ? value(rsi, index) : Double.NaN;
        }
        return new IndicatorSeries(Arrays.copyOfRange(history.dates(), shownFrom, end + 1), c, s50, s200, r);
    }

    private static double value(Indicator<Num> indicator, int index) {
        Num v = indicator.getValue(index);
        return v == null || v.isNaN() ? Double.NaN : v.doubleValue();
    }
}
