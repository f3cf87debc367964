package com.rotationrisk.risk.engine;

import com.rotationrisk.risk.engine.ModelConfig.Windows;
import com.rotationrisk.risk.engine.indicators.AlignedReturns;
import com.rotationrisk.risk.engine.indicators.MarketView;
import com.rotationrisk.risk.engine.indicators.TechnicalIndicators;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;

/** Computes the quantity-independent analysis of one instrument from bars {@code <= end}. Pure function. */
public final class InstrumentAnalyzer {

    /** Extra aligned returns kept beyond the longest return window, to bridge benchmark gaps. */
    private static final int ALIGNMENT_SLACK = 20;

    private InstrumentAnalyzer() {
    }

    public static InstrumentAnalysis analyze(ModelConfig cfg, DailyBars bars, int end, MarketView market) {
        Windows w = cfg.windows();
        TechnicalSnapshot t = TechnicalIndicators.compute(bars, end, w, cfg.scoring().stabilityTolerance());
        int returnCount = Math.max(w.beta(), Math.max(w.correlation(), w.herdWindow())) + ALIGNMENT_SLACK;
        AlignedReturns r = AlignedReturns.of(bars, end, market, returnCount);
        DimensionScore crowding = CrowdingScorer.score(cfg, bars, end, t, r, market);
        DimensionScore reversal = ReversalScorer.score(cfg, t, r, market);
        Double betaMarket = market.largeCap() == null ? null : ReversalScorer.marketBeta(r, w.beta());
        Double betaSpread = market.hasSpread() ? ReversalScorer.spreadBeta(r, w.beta()) : null;
        return new InstrumentAnalysis(bars.symbol(), end, bars.dates()[end], bars.close()[end], crowding, reversal,
                new Betas(betaMarket, betaSpread), momentum12m1(bars.close(), end, cfg.comomentum()));
    }

    static Double momentum12m1(double[] close, int end, ModelConfig.Comomentum c) {
        if (end < c.formationDays()) {
            return null;
        }
        return (close[end - c.skipDays()] / close[end - c.formationDays()] - 1.0) * 100.0;
    }
}
