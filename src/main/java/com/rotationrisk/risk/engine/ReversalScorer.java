package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.ComponentKeys.*;
import static com.rotationrisk.risk.engine.Components.fmt;
import static com.rotationrisk.risk.engine.Components.fmt1;
import static com.rotationrisk.risk.engine.ModelConfig.period;

import com.rotationrisk.risk.engine.ModelConfig.Windows;
import com.rotationrisk.risk.engine.indicators.AlignedReturns;
import com.rotationrisk.risk.engine.indicators.MarketView;
import com.rotationrisk.risk.engine.indicators.ReturnStats;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Reversal-risk components (spec section 2), before the market-regime uplift. */
final class ReversalScorer {

    private ReversalScorer() {
    }

    static DimensionScore score(ModelConfig cfg, TechnicalSnapshot t, AlignedReturns r, MarketView market) {
        List<ComponentScore> parts = new ArrayList<>(6);
        Windows w = cfg.windows();
        parts.add(stretchedBand(cfg.reversalSpec(STRETCHED_BAND), t, w));
        parts.add(divergence(cfg.reversalSpec(BEARISH_DIVERGENCE), t, w));
        parts.add(rollingOver(cfg.reversalSpec(ROLLING_OVER), t, w));
        parts.add(rotationBeta(cfg.reversalSpec(ROTATION_BETA), r, market, cfg.windows().beta()));
        parts.add(volatilityExpansion(cfg.reversalSpec(VOLATILITY_EXPANSION), t, w));
        parts.add(aboveTrend(cfg.reversalSpec(ABOVE_TREND), t, w));
        return Components.combine(Dimension.REVERSAL_RISK, parts, cfg.scoring());
    }

    static ComponentScore stretchedBand(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (t.percentB() == null) {
            return Components.insufficient(s, t.available() < t.needed().percentB()
                    ? CrowdingScorer.tooShort("Bollinger %B", t.needed().percentB(), t.available())
                    : "The price did not move over " + w.bollinger() + " sessions; the band has no width.");
        }
        return Components.ok(s, t.percentB(), "Bollinger %B is " + fmt(t.percentB())
                + (t.percentB() > 1 ? ": the price is above the upper band." : "."));
    }

    static ComponentScore divergence(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        String high = period(w.divergenceWindow()) + " high";
        if (t.rsiMax() == null || t.atHighClose() == null) {
            return Components.insufficient(s, CrowdingScorer.tooShort(w.divergenceWindow() + " sessions of RSI("
                    + w.rsi() + ")", t.needed().divergence(), t.available()));
        }
        if (!t.atHighClose()) {
            return Components.ok(s, 0.0, "The price is not at a " + high + ", so there is no bearish divergence.");
        }
        double raw = t.rsiMax() - t.rsi();
        return Components.ok(s, raw, "The price is at a " + high + " while RSI sits " + fmt1(raw)
                + " points below its own " + high + ": buying pressure is fading.");
    }

    static ComponentScore rollingOver(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (t.rocLong() == null || t.rocShort() == null) {
            return Components.insufficient(s, CrowdingScorer.tooShort("The " + w.rocLong() + "-session change",
                    t.needed().rocLong(), t.available()));
        }
        if (t.rocLong() > 0 && t.rocShort() < 0) {
            double drop = -t.rocShort();
            return Components.ok(s, drop, "Up " + Formats.percent(t.rocLong()) + " over " + w.rocLong()
                    + " sessions but down " + Formats.percent(drop) + " over the last " + w.rocShort() + ": momentum is rolling over.");
        }
        return Components.ok(s, 0.0, "No roll-over: " + w.rocLong() + "-session change "
                + Formats.percent(t.rocLong()) + ", "
                + w.rocShort() + "-session change " + Formats.percent(t.rocShort()) + ".");
    }

    static ComponentScore rotationBeta(ComponentSpec s, AlignedReturns r, MarketView market, int window) {
        if (!market.hasSpread()) {
            return Components.benchmarkMissing(s, "Needs both legs of the rotation spread.");
        }
        Double beta = spreadBeta(r, window);
        if (beta == null) {
            return Components.insufficient(s, "Needs " + window + " sessions shared with both benchmarks.");
        }
        return Components.ok(s, beta, "For each 1% the rotation spread moves, this holding has moved "
                + Formats.percent(beta, 2) + " (" + window + " sessions): it falls with the rotation if it unwinds.");
    }

    static Double spreadBeta(AlignedReturns r, int window) {
        double[][] pairs = r.lastValidPairs(r.spread(), window);
        if (pairs == null) {
            return null;
        }
        double b = ReturnStats.beta(pairs[0], pairs[1], 0, window);
        return Double.isNaN(b) ? null : b;
    }

    static Double marketBeta(AlignedReturns r, int window) {
        double[][] pairs = r.lastValidPairs(r.market(), window);
        if (pairs == null) {
            return null;
        }
        double b = ReturnStats.beta(pairs[0], pairs[1], 0, window);
        return Double.isNaN(b) ? null : b;
    }

    static ComponentScore volatilityExpansion(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (!t.rangeKnown()) {
            return Components.insufficient(s, CrowdingScorer.CLOSES_ONLY);
        }
        if (t.atrShort() == null || t.atrLong() == null || !(t.atrLong() > 0)) {
            return Components.insufficient(s, CrowdingScorer.tooShort("The " + period(w.atrLong())
                    + " true range and ATR(" + w.atrShort() + ")", Math.max(t.needed().atrLong(),
                    t.needed().atrShort()), t.available()));
        }
        double raw = t.atrShort() / t.atrLong();
        return Components.ok(s, raw, "Recent daily ranges (ATR" + w.atrShort() + ") are " + fmt(raw)
                + " times their " + period(w.atrLong()) + " norm.");
    }

    static ComponentScore aboveTrend(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (t.smaLong() == null) {
            return Components.insufficient(s, CrowdingScorer.tooShort("The " + period(w.smaLong()) + " average",
                    t.needed().smaLong(), t.available()));
        }
        double raw = (t.close() - t.smaLong()) / t.smaLong() * 100.0;
        return Components.ok(s, raw, "The price is " + Formats.percent(Math.abs(raw)) + " "
                + (raw >= 0 ? "above" : "below")
                + " its " + period(w.smaLong()) + " average.");
    }
}
