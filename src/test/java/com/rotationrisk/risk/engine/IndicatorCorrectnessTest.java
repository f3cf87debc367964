package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.indicators.ReturnStats;
import com.rotationrisk.risk.engine.indicators.TechnicalIndicators;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Checks the engine's indicator values on the committed REAL AAPL 2013 series against independent textbook loops
 * written here (no ta4j): Wilder RSI/ATR seeded with the simple mean of the first 14 values, Bollinger with the
 * population standard deviation, OLS beta and Pearson correlation. Tolerance 1e-6 relative.
 */
class IndicatorCorrectnessTest {

    private static final double REL = 1e-6;
    private final DailyBars aapl = Fixtures.apple2013();
    private final ModelConfig cfg = ModelConfig.defaults();

    @Test
    void fixtureIsTheFullYear() {
        assertThat(aapl.size()).isEqualTo(252);
    }

    @Test
    void rsi14WilderMatchesTextbookLoop() {
        // compare the last 21 bars: ta4j seeds Wilder with the single value at bar 14, the textbook with the mean of
        // bars 1..14; the seed difference decays as (13/14)^n and is < 1e-7 relative after ~215 bars
        for (int end = 231; end < aapl.size(); end++) {
            TechnicalSnapshot t = TechnicalIndicators.compute(aapl, end, cfg.windows(), 0.01);
            assertRelative(t.rsi(), textbookRsi(aapl.close(), end, 14));
        }
    }

    @Test
    void atr14MatchesTextbookLoop() {
        for (int end = 191; end < aapl.size(); end++) {
            TechnicalSnapshot t = TechnicalIndicators.compute(aapl, end, cfg.windows(), 0.01);
            assertRelative(t.atrShort(), textbookAtr(aapl, end, 14));
        }
    }

    @Test
    void longTrueRangeMeanMatchesTextbookLoop() {
        for (int end = 101; end < aapl.size(); end++) {
            TechnicalSnapshot t = TechnicalIndicators.compute(aapl, end, cfg.windows(), 0.01);
            double s = 0;
            for (int i = end - 99; i <= end; i++) {
                s += trueRange(aapl, i);
            }
            assertRelative(t.atrLong(), s / 100);
        }
    }

    @Test
    void percentB20x2MatchesTextbookLoop() {
        for (int end = 19; end < aapl.size(); end++) {
            TechnicalSnapshot t = TechnicalIndicators.compute(aapl, end, cfg.windows(), 0.01);
            double[] c = aapl.close();
            double mean = 0;
            for (int i = end - 19; i <= end; i++) {
                mean += c[i];
            }
            mean /= 20;
            double var = 0;
            for (int i = end - 19; i <= end; i++) {
                var += (c[i] - mean) * (c[i] - mean);
            }
            double sd = Math.sqrt(var / 20);
            double upper = mean + 2 * sd, lower = mean - 2 * sd;
            assertRelative(t.percentB(), (c[end] - lower) / (upper - lower));
        }
    }

    @Test
    void smaAndRocMatchTextbook() {
        int end = aapl.size() - 1;
        TechnicalSnapshot t = TechnicalIndicators.compute(aapl, end, cfg.windows(), 0.01);
        double s = 0;
        for (int i = end - 49; i <= end; i++) {
            s += aapl.close()[i];
        }
        assertRelative(t.smaShort(), s / 50);
        assertRelative(t.rocLong(), (aapl.close()[end] / aapl.close()[end - 20] - 1) * 100);
        assertRelative(t.rocShort(), (aapl.close()[end] / aapl.close()[end - 5] - 1) * 100);
    }

    @Test
    void betaAndCorrelationMatchTextbook() {
        // two real return series: AAPL daily returns of H1 2013 paired with those of H2 2013
        double[] c = aapl.close();
        int n = 125;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = c[i + 1] / c[i] - 1;
            y[i] = c[i + 127] / c[i + 126] - 1;
        }
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        assertRelative(ReturnStats.beta(y, x, 0, n), sxy / sxx);
        assertRelative(ReturnStats.correlation(x, y, 0, n), sxy / Math.sqrt(sxx * syy));
        assertThat(ReturnStats.correlation(x, x, 0, n)).isCloseTo(1.0, within(1e-12));
    }

    static double textbookRsi(double[] c, int end, int p) {
        double gain = 0, loss = 0;
        for (int i = 1; i <= p; i++) {
            double d = c[i] - c[i - 1];
            gain += Math.max(d, 0);
            loss += Math.max(-d, 0);
        }
        gain /= p;
        loss /= p;
        for (int i = p + 1; i <= end; i++) {
            double d = c[i] - c[i - 1];
            gain = (gain * (p - 1) + Math.max(d, 0)) / p;
            loss = (loss * (p - 1) + Math.max(-d, 0)) / p;
        }
        return loss == 0 ? 100 : 100 - 100 / (1 + gain / loss);
    }

    static double textbookAtr(DailyBars b, int end, int p) {
        double atr = 0;
        for (int i = 1; i <= p; i++) {
            atr += trueRange(b, i);
        }
        atr /= p;
        for (int i = p + 1; i <= end; i++) {
            atr = (atr * (p - 1) + trueRange(b, i)) / p;
        }
        return atr;
    }

    static double trueRange(DailyBars b, int i) {
        double pc = b.close()[i - 1];
        return Math.max(b.high()[i] - b.low()[i], Math.max(Math.abs(b.high()[i] - pc), Math.abs(b.low()[i] - pc)));
    }

    static void assertRelative(Double actual, double expected) {
        assertThat(actual).isNotNull();
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(REL * Math.max(1e-12, Math.abs(expected)));
    }
}
