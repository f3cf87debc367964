package com.rotationrisk.risk.engine.indicators;

import org.ta4j.core.Indicator;

/**
 * How many bars an indicator needs before its value can be shown. Read from ta4j's own
 * {@link Indicator#getCountOfUnstableBars()}, plus, for Wilder-smoothed (recursive) indicators, the bars it takes for
 * the seed to fade: ta4j seeds Wilder smoothing with a single value, whose weight after {@code n} more bars is
 * {@code (1 - 1/period)^n}. On real AAPL bars an RSI(14) seeded 15 bars earlier reads 100 where the textbook value is
 * 47; once the seed's weight is below the tolerance the two agree.
 */
public final class Stability {

    private Stability() {
    }

    /** Bars needed for a non-recursive indicator: its unstable bars plus the first stable one. */
    public static int barsNeeded(Indicator<?> indicator) {
        return indicator.getCountOfUnstableBars() + 1;
    }

    /** Bars needed for a Wilder-smoothed indicator of {@code period} until its seed weighs less than {@code tolerance}. */
    public static int barsNeededWilder(Indicator<?> indicator, int period, double tolerance) {
        return barsNeeded(indicator) + seedDecayBars(period, tolerance);
    }

    /** Smallest n with (1 - 1/period)^n below tolerance. */
    public static int seedDecayBars(int period, double tolerance) {
        if (period <= 1) {
            return 0;
        }
        return (int) Math.ceil(Math.log(tolerance) / Math.log(1.0 - 1.0 / period));
    }
}
