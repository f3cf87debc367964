package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.indicators.BenchmarkSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegimeAndComomentumTest {

    private final ModelConfig cfg = ModelConfig.defaults();

    private static DailyBars path(double[] closes) {
        return DailyBars.ofCloses("SPX", Fixtures.weekdays(LocalDate.of(2018, 1, 1), closes.length), closes);
    }

    @Test
    void panicReboundDetectedAfterVolatileBearMarket() {
        int n = 600;
        double[] c = new double[n];
        c[0] = 100;
        for (int i = 1; i < n; i++) {
            double swing = (i % 2 == 0 ? 1 : -1) * 0.03; // ~48% annualised vol
            double trend = i < n - 21 ? -0.002 : 0.01; // bear, then a 21-day rebound
            c[i] = c[i - 1] * (1 + swing + trend);
        }
        DailyBars b = path(c);
        MarketRegime r = RegimeDetector.detect(BenchmarkSeries.cut(b, b.dates()[n - 1]), cfg.regime());
        assertThat(r.state()).isEqualTo(MarketRegime.State.PANIC_REBOUND);
        assertThat(r.upliftPoints()).isEqualTo(15);
        assertThat(r.explanation()).contains("raised by 15.0 points");
    }

    @Test
    void calmBullMarketIsNormal() {
        int n = 600;
        double[] c = new double[n];
        c[0] = 100;
        for (int i = 1; i < n; i++) {
            c[i] = c[i - 1] * (1.0005 + (i % 2 == 0 ? 0.003 : -0.003));
        }
        DailyBars b = path(c);
        MarketRegime r = RegimeDetector.detect(BenchmarkSeries.cut(b, b.dates()[n - 1]), cfg.regime());
        assertThat(r.state()).isEqualTo(MarketRegime.State.NORMAL);
        assertThat(r.upliftPoints()).isZero();
        assertThat(RegimeDetector.detect(null, cfg.regime()).state()).isEqualTo(MarketRegime.State.UNKNOWN);
    }

    @Test
    void olsResidualsAreOrthogonalToRegressors() {
        double[] x1 = {0.01, -0.02, 0.015, 0.003, -0.007, 0.02, -0.01, 0.004};
        double[] x2 = {0.002, 0.01, -0.005, 0.007, 0.001, -0.012, 0.006, -0.003};
        double[] y = new double[x1.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.001 + 1.3 * x1[i] - 0.4 * x2[i] + (i % 3 - 1) * 0.002;
        }
        double[] e = Ols.standardisedResiduals(y, x1, x2, Ols.designInverse(x1, x2));
        double d1 = 0, d2 = 0, norm = 0;
        for (int i = 0; i < e.length; i++) {
            d1 += e[i] * x1[i];
            d2 += e[i] * x2[i];
            norm += e[i] * e[i];
        }
        assertThat(d1).isCloseTo(0, within(1e-12));
        assertThat(d2).isCloseTo(0, within(1e-12));
        assertThat(norm).isCloseTo(1, within(1e-12));
    }
}
