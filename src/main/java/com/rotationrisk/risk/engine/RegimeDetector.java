package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.Components.fmt1;

import com.rotationrisk.risk.engine.indicators.BenchmarkSeries;
import com.rotationrisk.risk.engine.indicators.ReturnStats;

/** Daniel & Moskowitz panic-state detection on the large-cap benchmark. Pure function. */
public final class RegimeDetector {

    private RegimeDetector() {
    }

    public static MarketRegime detect(BenchmarkSeries large, ModelConfig.Regime cfg) {
        if (large == null) {
            return new MarketRegime(MarketRegime.State.UNKNOWN, null, null, null, 0,
                    "Large-cap benchmark missing: market regime unknown, no uplift applied.");
        }
        int end = large.end();
        if (end < cfg.bearLookback()) {
            return new MarketRegime(MarketRegime.State.UNKNOWN, null, null, null, 0, "Large-cap benchmark has "
                    + (end + 1) + " bars; " + (cfg.bearLookback() + 1) + " needed for the "
                    + ModelConfig.period(cfg.bearLookback()) + " return.");
        }
        double[] close = large.bars().close();
        double ret24 = (close[end] / close[end - cfg.bearLookback()] - 1.0) * 100.0;
        int n = cfg.varianceWindow();
        double[] daily = new double[n];
        for (int k = 0; k < n; k++) {
            int i = end - n + 1 + k;
            daily[k] = close[i] / close[i - 1] - 1.0;
        }
        double vol = Math.sqrt(ReturnStats.variance(daily, 0, n) * 252.0) * 100.0;
        double ret21 = (close[end] / close[end - cfg.reboundWindow()] - 1.0) * 100.0;
        boolean bear = ret24 < 0;
        boolean highVar = vol >= cfg.highAnnualisedVol() * 100.0;
        MarketRegime.State state;
        double uplift;
        if (bear && highVar) {
            state = ret21 > 0 ? MarketRegime.State.PANIC_REBOUND : MarketRegime.State.PANIC;
            uplift = ret21 > 0 ? cfg.reboundUpliftPoints() : cfg.panicUpliftPoints();
        } else {
            state = bear ? MarketRegime.State.BEAR : MarketRegime.State.NORMAL;
            uplift = 0;
        }
        String text = "Large caps " + Formats.percent(ret24) + " over " + ModelConfig.span(cfg.bearLookback())
                + ", annualised " + ModelConfig.period(n) + " volatility "
                + Formats.percent(vol) + " (high from " + Formats.percent(cfg.highAnnualisedVol() * 100) + "), "
                + Formats.percent(ret21) + " over " + ModelConfig.span(cfg.reboundWindow()) + ": " + state.label()
                + (uplift > 0 ? "; reversal scores of positions with crowding >= "
                        + fmt1(cfg.highMomentumCrowding()) + " are raised by " + fmt1(uplift) + " points."
                        : "; no uplift.");
        return new MarketRegime(state, ret24, vol, ret21, uplift, text);
    }
}
