package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.indicators.Ta4jSeries;
import com.rotationrisk.risk.engine.indicators.TechnicalIndicators;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;

/**
 * The engine builds ta4j series only over the warm-up window (270 bars). On a
 * 3,000-bar SYNTHETIC random walk the windowed values equal ta4j's full-history values within 1e-6 relative.
 */
class WarmupTest {

    @Test
    void windowedWilderValuesEqualFullHistory() {
        DailyBars b = Fixtures.randomWalk("SYN", Fixtures.weekdays(LocalDate.of(2010, 1, 4), 3000), 7, 0.0003, 0.02);
        ModelConfig cfg = ModelConfig.defaults();
        BarSeries full = Ta4jSeries.of(b, 0, b.size() - 1);
        RSIIndicator rsi = new RSIIndicator(new ClosePriceIndicator(full), 14);
        ATRIndicator atr14 = new ATRIndicator(full, 14);
        SMAIndicator trMean100 = new SMAIndicator(new TRIndicator(full), 100);
        for (int end = 2000; end < 3000; end += 97) {
            TechnicalSnapshot t = TechnicalIndicators.compute(b, end, cfg.windows(), 0.01);
            assertRel(t.rsi(), rsi.getValue(end).doubleValue());
            assertRel(t.atrShort(), atr14.getValue(end).doubleValue());
            assertRel(t.atrLong(), trMean100.getValue(end).doubleValue());
        }
    }

    private static void assertRel(Double windowed, double full) {
        assertThat(Math.abs(windowed - full)).isLessThanOrEqualTo(1e-6 * Math.abs(full));
    }
}
