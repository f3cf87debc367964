package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.ComponentKeys.*;
import static com.rotationrisk.risk.engine.Components.fmt;
import static com.rotationrisk.risk.engine.Components.fmt1;

import com.rotationrisk.risk.engine.ModelConfig.Windows;
import com.rotationrisk.risk.engine.indicators.AlignedReturns;
import com.rotationrisk.risk.engine.indicators.MarketView;
import com.rotationrisk.risk.engine.indicators.ReturnStats;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Momentum-crowding components (spec section 1). */
final class CrowdingScorer {

    private CrowdingScorer() {
    }

    static DimensionScore score(ModelConfig cfg, DailyBars bars, int end, TechnicalSnapshot t, AlignedReturns r,
            MarketView market) {
        Windows w = cfg.windows();
        List<ComponentScore> parts = new ArrayList<>(8);
        parts.add(overbought(cfg.crowdingSpec(OVERBOUGHT), t));
        parts.add(extension(cfg.crowdingSpec(EXTENSION), t));
        parts.add(unusualRun(cfg.crowdingSpec(UNUSUAL_RUN), bars.close(), end, w));
        parts.add(relativeStrength(cfg.crowdingSpec(RELATIVE_STRENGTH), bars, end, market));
        parts.add(flowSurge(cfg.crowdingSpec(FLOW_SURGE), t));
        parts.add(herdStreak(cfg.crowdingSpec(HERD_STREAK), r, market, w.herdWindow()));
        parts.add(comovement(cfg.crowdingSpec(CROWD_COMOVEMENT), r, market, w.correlation()));
        parts.add(nearHighs(cfg.crowdingSpec(NEAR_HIGHS), t));
        return Components.combine(Dimension.MOMENTUM_CROWDING, parts);
    }

    static final String CLOSES_ONLY =
            "The price source publishes closes only for this period; ATR needs daily highs and lows.";

    static ComponentScore overbought(ComponentSpec s, TechnicalSnapshot t) {
        if (t.rsi() == null) {
            return Components.insufficient(s, "RSI(14) needs at least 15 daily closes.");
        }
        return Components.ok(s, t.rsi(), "RSI(14) is " + fmt1(t.rsi())
                + (t.rsi() >= 70 ? ", in the overbought zone where rallies often pause." : ", below the 70 overbought line."));
    }

    static ComponentScore extension(ComponentSpec s, TechnicalSnapshot t) {
        if (!t.rangeKnown()) {
            return Components.insufficient(s, CLOSES_ONLY);
        }
        if (t.smaShort() == null || t.atrShort() == null || t.atrShort() == 0) {
            return Components.insufficient(s, "Needs 50 daily bars for the 50-day average and ATR(14).");
        }
        double raw = (t.close() - t.smaShort()) / t.atrShort();
        return Components.ok(s, raw, "The price is " + fmt(raw)
                + " average daily ranges (ATR14) " + (raw >= 0 ? "above" : "below") + " its 50-day average.");
    }

    /** z-score of the latest 63-day return against the 63-day returns ending on each of the prior 756 sessions. */
    static ComponentScore unusualRun(ComponentSpec s, double[] close, int end, Windows w) {
        Double z = runZScore(close, end, w);
        if (z == null) {
            return Components.insufficient(s, "Needs " + (w.runReturn() + w.runMinSamples() + 1)
                    + " daily closes to compare the 63-day return with its own history.");
        }
        return Components.ok(s, z, "The last 63-day return is " + fmt(z)
                + " standard deviations from this holding's usual 63-day return over the prior three years.");
    }

    static Double runZScore(double[] close, int end, Windows w) {
        int h = w.runReturn();
        int firstT = Math.max(h, end - w.runHistory());
        int samples = end - firstT;
        if (samples < w.runMinSamples()) {
            return null;
        }
        double[] hist = new double[samples];
        for (int t = firstT; t < end; t++) {
            hist[t - firstT] = close[t] / close[t - h] - 1.0;
        }
        double sd = ReturnStats.sampleStd(hist, 0, samples);
        if (!(sd > 0)) {
            return null;
        }
        double current = close[end] / close[end - h] - 1.0;
        return (current - ReturnStats.mean(hist, 0, samples)) / sd;
    }

    static ComponentScore relativeStrength(ComponentSpec s, DailyBars bars, int end, MarketView market) {
        if (market.largeCapYtdPct() == null) {
            return Components.benchmarkMissing(s, "Large-cap benchmark missing (or no bar in the previous year).");
        }
        Double ytd = MarketView.ytdPct(bars, end);
        if (ytd == null) {
            return Components.insufficient(s, "No close from the previous year to measure the year-to-date return.");
        }
        double raw = ytd - market.largeCapYtdPct();
        return Components.ok(s, raw, "Year to date it is " + fmt1(ytd) + "% against " + fmt1(market.largeCapYtdPct())
                + "% for the large-cap benchmark, a lead of " + fmt1(raw) + " points.");
    }

    static ComponentScore flowSurge(ComponentSpec s, TechnicalSnapshot t) {
        if (!t.volumeKnown()) {
            return Components.insufficient(s, "The price source publishes no volume for this period.");
        }
        if (t.volumeLongMean() == null || t.volumeShortMean() == null) {
            return Components.insufficient(s, "Needs 120 sessions of volume.");
        }
        if (!(t.volumeLongMean() > 0)) {
            return Components.insufficient(s, "No traded volume reported over 120 sessions.");
        }
        double raw = t.volumeShortMean() / t.volumeLongMean();
        return Components.ok(s, raw, "Volume over the last 20 sessions is " + fmt(raw)
                + " times its 120-session average.");
    }

    static ComponentScore herdStreak(ComponentSpec s, AlignedReturns r, MarketView market, int window) {
        if (market.largeCap() == null) {
            return Components.benchmarkMissing(s, "Large-cap benchmark missing.");
        }
        double[][] pairs = r.lastValidPairs(r.market(), window);
        if (pairs == null) {
            return Components.insufficient(s, "Needs " + window + " sessions shared with the benchmark.");
        }
        int beats = 0;
        for (int i = 0; i < window; i++) {
            if (pairs[0][i] > pairs[1][i]) {
                beats++;
            }
        }
        return Components.ok(s, beats, "It beat the large-cap benchmark on " + beats + " of the last " + window
                + " sessions.");
    }

    static ComponentScore comovement(ComponentSpec s, AlignedReturns r, MarketView market, int window) {
        if (!market.hasSpread()) {
            return Components.benchmarkMissing(s, "Needs both the large-cap and small-cap benchmarks.");
        }
        double[][] pairs = r.lastValidPairs(r.spread(), window);
        if (pairs == null) {
            return Components.insufficient(s, "Needs " + window + " sessions shared with both benchmarks.");
        }
        double corr = ReturnStats.correlation(pairs[0], pairs[1], 0, window);
        if (Double.isNaN(corr)) {
            return Components.insufficient(s, "Returns were constant over the window; correlation undefined.");
        }
        return Components.ok(s, corr, "Its daily moves correlate " + fmt(corr)
                + " with the small-over-large rotation trade over 60 sessions.");
    }

    static ComponentScore nearHighs(ComponentSpec s, TechnicalSnapshot t) {
        if (t.highestClose52w() == null) {
            return Components.insufficient(s, "Needs 252 daily closes for the 52-week high.");
        }
        double raw = t.close() / t.highestClose52w();
        return Components.ok(s, raw, "The price is at " + fmt1(raw * 100) + "% of its 52-week closing high.");
    }
}
