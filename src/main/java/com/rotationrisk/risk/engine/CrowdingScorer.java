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
        parts.add(relativeStrength(cfg.crowdingSpec(RELATIVE_STRENGTH), bars, end, market, w.relativeStrength()));
        parts.add(flowSurge(cfg.crowdingSpec(FLOW_SURGE), t, w));
        parts.add(herdStreak(cfg.crowdingSpec(HERD_STREAK), r, market, w.herdWindow()));
        parts.add(comovement(cfg.crowdingSpec(CROWD_COMOVEMENT), r, market, w.correlation()));
        parts.add(nearHighs(cfg.crowdingSpec(NEAR_HIGHS), t, w));
        return Components.combine(Dimension.MOMENTUM_CROWDING, parts, cfg.scoring());
    }

    static final String CLOSES_ONLY =
            "The price source publishes closes only for this period; ATR needs daily highs and lows.";

    static ComponentScore overbought(ComponentSpec s, TechnicalSnapshot t, Windows w, double overboughtLine) {
        String rsi = "RSI(" + w.rsi() + ")";
        if (t.rsi() == null) {
            return Components.insufficient(s, tooShort(rsi, t.needed().rsi(), t.available()));
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
            return Components.insufficient(s, tooShort("The " + period(w.smaShort()) + " average and ATR("
                    + w.atrShort() + ")", Math.max(t.needed().smaShort(), t.needed().atrShort()), t.available()));
        }
        double raw = (t.close() - t.smaShort()) / t.atrShort();
        return Components.ok(s, raw, "The price is " + fmt(raw)
                + " average daily ranges (ATR" + w.atrShort() + ") " + (raw >= 0 ? "above" : "below") + " its "
                + period(w.smaShort()) + " average.");
    }

    /**
     * z-score of the latest run return against the run returns ending on each session of the prior runHistory sessions
     * whose windows do not overlap the latest one (an overlapping window shares most of its days with the current
     * run and would damp exactly the extremes this measures). Needs the full history.
     */
    static ComponentScore unusualRun(ComponentSpec s, double[] close, int end, Windows w) {
        Double z = runZScore(close, end, w);
        if (z == null) {
            int needed = runBarsNeeded(w);
            return Components.insufficient(s, end + 1 < needed
                    ? tooShort("Comparing the " + period(w.runReturn()) + " return with the prior "
                            + ModelConfig.span(w.runHistory()), needed, end + 1)
                    : "The price did not move over the comparison history; the z-score is undefined.");
        }
        return Components.ok(s, z, "The last " + period(w.runReturn()) + " return is " + fmt(z)
                + " standard deviations from this holding's usual " + period(w.runReturn()) + " return over the prior "
                + ModelConfig.span(w.runHistory()) + ".");
    }

    /** The current run plus every run ending in the prior runHistory sessions, each with its own start close. */
    static int runBarsNeeded(Windows w) {
        return w.runHistory() + w.runReturn() + 1;
    }

    static Double runZScore(double[] close, int end, Windows w) {
        int h = w.runReturn();
        if (end + 1 < runBarsNeeded(w)) {
            return null;
        }
        int firstT = end - w.runHistory();
        int lastT = end - h;
        int samples = lastT - firstT + 1;
        double[] hist = new double[samples];
        for (int t = firstT; t <= lastT; t++) {
            hist[t - firstT] = close[t] / close[t - h] - 1.0;
        }
        double sd = ReturnStats.sampleStd(hist, 0, samples);
        if (!(sd > 0)) {
            return null;
        }
        double current = close[end] / close[end - h] - 1.0;
        return (current - ReturnStats.mean(hist, 0, samples)) / sd;
    }

    /**
     * Lead in percentage points over the market leg across the last {@code window} sessions (the same two dates for
     * both). A rolling window, unlike a year-to-date figure, does not reset to zero every January.
     */
    static ComponentScore relativeStrength(ComponentSpec s, DailyBars bars, int end, MarketView market, int window) {
        if (market.largeCap() == null) {
            return Components.benchmarkMissing(s, "The market leg of the rotation spread is missing.");
        }
        if (end < window) {
            return Components.insufficient(s, tooShort("The " + period(window) + " return", window + 1, end + 1));
        }
        long from = bars.dates()[end - window].toEpochDay();
        double benchmark = market.largeCap().returnBetween(from, bars.dates()[end].toEpochDay());
        if (Double.isNaN(benchmark)) {
            return Components.benchmarkMissing(s, "The market leg has no close on " + bars.dates()[end - window]
                    + " or " + bars.dates()[end] + " to compare with.");
        }
        double own = (bars.close()[end] / bars.close()[end - window] - 1.0) * 100.0;
        double raw = own - benchmark * 100.0;
        return Components.ok(s, raw, "Over the last " + ModelConfig.span(window) + " it returned "
                + Formats.percent(own) + " against " + Formats.percent(benchmark * 100.0)
                + " for the market leg, a lead of " + fmt1(raw) + " points.");
    }

    /** "RSI(14) needs 78 daily bars for a stable value; 15 are available." */
    static String tooShort(String what, int needed, int available) {
        return what + " needs " + needed + " daily bars for a stable value; " + available
                + (available == 1 ? " is" : " are") + " available.";
    }

    static ComponentScore flowSurge(ComponentSpec s, TechnicalSnapshot t, Windows w) {
        if (!t.volumeKnown()) {
            return Components.insufficient(s, "The price source publishes no volume for this period.");
        }
        if (t.volumeLongMean() == null || t.upVolumeShortMean() == null) {
            return Components.insufficient(s, tooShort("The " + w.volumeLong() + "-session volume average",
                    t.needed().volumeLong(), t.available()));
        }
        if (!(t.volumeLongMean() > 0)) {
            return Components.insufficient(s, "No traded volume reported over " + w.volumeLong()
                    + " sessions.");
        }
        double raw = t.upVolumeShortMean() / t.volumeLongMean();
        if (raw == 0) {
            return Components.ok(s, raw, "No session of the last " + w.volumeShort()
                    + " closed higher: heavy volume on falling prices is selling, not a crowd buying in.");
        }
        return Components.ok(s, raw, "On the sessions of the last " + w.volumeShort()
                + " that closed higher, volume was " + fmt(raw) + " times its " + w.volumeLong()
                + "-session average.");
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
            return Components.insufficient(s, tooShort("The " + period(w.high52w()) + " high", t.needed().high52w(),
                    t.available()));
        }
        double raw = t.close() / t.highestClose52w();
        return Components.ok(s, raw, "The price is at " + Formats.percent(raw * 100) + " of its "
                + period(w.high52w())
                + " closing high.");
    }
}
