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

/** Momentum-crowding components (spec section 1). */
final class CrowdingScorer {

    private CrowdingScorer() {
    }

    static DimensionScore score(ModelConfig cfg, DailyBars bars, int end, TechnicalSnapshot t, AlignedReturns r,
            MarketView market) {
        Windows w = cfg.windows();
        List<ComponentScore> parts = new ArrayList<>(8);
        parts.add(overbought(cfg.crowdingSpec(OVERBOUGHT), t, w, cfg.rsiOverbought()));
        parts.add(extension(cfg.crowdingSpec(EXTENSION), t, w));
        parts.add(unusualRun(cfg.crowdingSpec(UNUSUAL_RUN), bars.close(), end, w));
        parts.add(relativeStrength(cfg.crowdingSpec(RELATIVE_STRENGTH), bars, end, market));
        parts.add(flowSurge(cfg.crowdingSpec(FLOW_SURGE), t, w));
        parts.add(herdStreak(cfg.crowdingSpec(HERD_STREAK), r, market, w.herdWindow()));
        parts.add(comovement(cfg.crowdingSpec(CROWD_COMOVEMENT), r, market, w.correlation()));
        parts.add(nearHighs(cfg.crowdingSpec(NEAR_HIGHS), t, w));
        return Components.combine(Dimension.MOMENTUM_CROWDING, parts);
    }

    static final String CLOSES_ONLY =
            "The price source publishes closes only for this period; ATR needs daily highs and lows.";

    static ComponentScore overbought(ComponentSpec s, TechnicalSnapshot t, Windows w, double overboughtLine) {
        String rsi = "RSI(" + w.rsi() + ")";
        if (t.rsi() == null) {
            return Components.insufficient(s, rsi + " needs at least " + (w.rsi() + 1) + " daily closes.");
        }
        return Components.ok(s, t.rsi(), rsi + " is " + fmt1(t.rsi()) + (t.rsi() >= overboughtLine
                ? ", in the overbought zone where rallies often pause."
                : ", below the " + Components.trim(overboughtLine) + " overbought line."));
    }

    static ComponentScore extension(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (!t.rangeKnown()) {
            return Components.insufficient(s, CLOSES_ONLY);
        }
        if (t.smaShort() == null || t.atrShort() == null || t.atrShort() == 0) {
            return Components.insufficient(s, "Needs " + w.smaShort() + " daily bars for the "
                    + period(w.smaShort()) + " average and ATR(" + w.atrShort() + ").");
        }
        double raw = (t.close() - t.smaShort()) / t.atrShort();
        return Components.ok(s, raw, "The price is " + fmt(raw)
                + " average daily ranges (ATR" + w.atrShort() + ") " + (raw >= 0 ? "above" : "below") + " its "
                + period(w.smaShort()) + " average.");
    }

    /** z-score of the latest run return against the run returns ending on each of the prior runHistory sessions. */
    static ComponentScore unusualRun(ComponentSpec s, double[] close, int end, Windows w) {
        Double z = runZScore(close, end, w);
        if (z == null) {
            return Components.insufficient(s, "Needs " + (w.runReturn() + w.runMinSamples() + 1)
                    + " daily closes to compare the " + period(w.runReturn()) + " return with its own history.");
        }
        return Components.ok(s, z, "The last " + period(w.runReturn()) + " return is " + fmt(z)
                + " standard deviations from this holding's usual " + period(w.runReturn()) + " return over the prior "
                + w.runHistory() + " sessions.");
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
        return Components.ok(s, raw, "Year to date it is " + Formats.percent(ytd) + " against "
                + Formats.percent(market.largeCapYtdPct()) + " for the large-cap benchmark, a lead of " + fmt1(raw)
                + " points.");
    }

    static ComponentScore flowSurge(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (!t.volumeKnown()) {
            return Components.insufficient(s, "The price source publishes no volume for this period.");
        }
        if (t.volumeLongMean() == null || t.volumeShortMean() == null) {
            return Components.insufficient(s, "Needs " + w.volumeLong() + " sessions of volume.");
        }
        if (!(t.volumeLongMean() > 0)) {
            return Components.insufficient(s, "No traded volume reported over " + w.volumeLong()
                    + " sessions.");
        }
        double raw = t.volumeShortMean() / t.volumeLongMean();
        return Components.ok(s, raw, "Volume over the last " + w.volumeShort() + " sessions is " + fmt(raw)
                + " times its " + w.volumeLong() + "-session average.");
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
            return Components.benchmarkMissing(s, "Needs both legs of the rotation spread.");
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
                + " with the rotation spread over " + window + " sessions.");
    }

    static ComponentScore nearHighs(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (t.highestClose52w() == null) {
            return Components.insufficient(s, "Needs " + w.high52w() + " daily closes for the " + period(w.high52w())
                    + " high.");
        }
        double raw = t.close() / t.highestClose52w();
        return Components.ok(s, raw, "The price is at " + Formats.percent(raw * 100) + " of its "
                + period(w.high52w())
                + " closing high.");
    }
}
