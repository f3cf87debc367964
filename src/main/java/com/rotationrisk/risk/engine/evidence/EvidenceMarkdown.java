package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.BandRow;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Classification;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Diagnostics;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Period;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Quantiles;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.QuintileRow;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Settings;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Spread;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Universe;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.YearRow;
import java.util.List;

/** {@link EvidenceReport} as markdown: every figure comes from the report. */
final class EvidenceMarkdown {

    private EvidenceMarkdown() {
    }

    static String render(EvidenceReport r) {
        Settings s = r.settings();
        Universe u = r.universe();
        StringBuilder sb = new StringBuilder();
        sb.append("## Evidence study (model ").append(r.modelVersion()).append(")\n\n");
        sb.append("**Data.** ").append(universe(u, s)).append("\n\n");
        sb.append("**Method.** ").append(method(s)).append("\n\n");
        for (DimensionResult d : r.dimensions()) {
            dimension(sb, d, s);
        }
        diagnostics(sb, r.diagnostics());
        sb.append("### Known limitations\n\n");
        r.caveats().forEach(c -> sb.append("- ").append(c).append('\n'));
        return sb.toString();
    }

    /** The data-used sentence (also used by the validation report). */
    static String universe(Universe u, Settings s) {
        return u.instruments() + " instruments (" + String.join(", ", u.symbols()) + "), bars from " + u.firstDate()
                + " to " + u.lastDate() + "; " + u.instrumentMonths() + " instrument month ends scored ("
                + u.observations() + " dimension observations) in " + u.months() + " calendar months. Truncated "
                + "forward windows (delisting or end of data): " + u.truncatedShort() + " of " + s.shortHorizon()
                + " sessions, " + u.truncatedLong() + " of " + s.longHorizon() + " sessions. Month ends with closes "
                + "only: " + u.closesOnly() + ". Large-cap benchmark: " + (u.largeCap() == null ? "none"
                        : u.largeCap() + " (from " + u.largeCapFrom() + ")") + "; rotation leg: "
                + (u.smallCap() == null ? "none" : u.smallCap() + " (from " + u.smallCapFrom() + ")") + ".";
    }

    static String method(Settings s) {
        return "Each instrument is scored at its own last bar of every calendar month from the bars up to that date. "
                + "In every month with at least two scored instruments the scores are ranked (ties in random order, "
                + "seed " + s.tieBreakSeed() + "); percentile rank = (rank - 0.5) / n; top quintile: percentile >= "
                + Formats.fixed(s.topFrom(), 1) + ", bottom quintile: <= " + Formats.fixed(s.bottomTo(), 1)
                + ". The spread is the monthly mean of the top quintile minus that of the bottom quintile; its mean "
                + "has a Newey-West standard error (Bartlett kernel, lag ceil(horizon / 21) + 1 months: "
                + NeweyWest.lagForHorizon(s.shortHorizon()) + " for " + s.shortHorizon() + " sessions, "
                + NeweyWest.lagForHorizon(s.longHorizon()) + " for " + s.longHorizon() + " sessions; 95 % interval "
                + "= mean +- 1.96 SE) and a moving-block bootstrap 95 % interval (" + s.blockMonths() + "-month "
                + "blocks, " + s.resamples() + " resamples, seed " + s.bootstrapSeed() + "). Drawdown event: forward "
                + s.longHorizon() + "-session maximum drawdown above " + Formats.percent(s.drawdownEventPct(), 0)
                + "; AUC = Mann-Whitney probability that an event has the higher score (ties count one half; 0.5 = "
                + "no skill), over all observations, with a bootstrap interval resampling " + s.blockMonths()
                + "-month blocks of months. Returns and drawdowns are in %, spreads in percentage points.";
    }

    private static void dimension(StringBuilder sb, DimensionResult d, Settings s) {
        String sh = s.shortHorizon() + "-session", lo = s.longHorizon() + "-session";
        sb.append("### ").append(d.dimension().label()).append("\n\n");
        sb.append(d.observations()).append(" observations in ").append(d.months()).append(" months; ")
                .append(d.rankedMonths()).append(" months with at least two scored instruments (")
                .append(d.rankedObservations()).append(" observations) are ranked; ").append(d.quintileMonths())
                .append(" months have both a top and a bottom quintile (the spread series")
                .append(d.quintileFirst() == null ? "" : ", " + d.quintileFirst() + " to " + d.quintileLast())
                .append(").\n\n");

        sb.append("Quintiles (pooled over the ranked months):\n\n");
        sb.append("| quintile | n | mean score | mean fwd ").append(sh).append(" return | median fwd ").append(sh)
                .append(" return | mean fwd ").append(lo).append(" return | median fwd ").append(lo)
                .append(" return | mean ").append(lo).append(" max drawdown | share with drawdown > ")
                .append(Formats.percent(s.drawdownEventPct(), 0)).append(" |\n|---|---|---|---|---|---|---|---|---|\n");
        for (QuintileRow q : d.quintiles()) {
            row(sb, q.quintile(), String.valueOf(q.n()), Formats.fixed(q.meanScore(), 1), f(q.meanReturnShort()),
                    f(q.medianReturnShort()), f(q.meanReturnLong()), f(q.medianReturnLong()),
                    f(q.meanDrawdownLong()), share(q.eventShare()));
        }

        sb.append("\nScore bands (pooled over all observations of the dimension):\n\n");
        sb.append("| band | n | mean fwd ").append(sh).append(" return | mean fwd ").append(lo)
                .append(" return | median fwd ").append(lo).append(" return | mean ").append(lo)
                .append(" max drawdown | share with drawdown > ").append(Formats.percent(s.drawdownEventPct(), 0))
                .append(" |\n|---|---|---|---|---|---|---|\n");
        for (BandRow b : d.bands()) {
            row(sb, b.band().label(), String.valueOf(b.n()), f(b.meanReturnShort()), f(b.meanReturnLong()),
                    f(b.medianReturnLong()), f(b.meanDrawdownLong()), share(b.eventShare()));
        }

        sb.append("\nTop-minus-bottom quintile spread (monthly series):\n\n");
        sb.append("| measure | horizon (sessions) | months | mean | Newey-West SE | lag | t | 95 % CI (Newey-West) "
                + "| 95 % CI (block bootstrap) |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Spread sp : d.spreads()) {
            var e = sp.estimate();
            row(sb, sp.measure().label(), String.valueOf(sp.horizon()), String.valueOf(e.n()), f(e.mean()),
                    f(e.standardError()), String.valueOf(e.lag()), Formats.fixed(e.t(), 2),
                    interval(e.ciLow(), e.ciHigh()), interval(sp.bootstrap().low(), sp.bootstrap().high()));
        }

        Classification c = d.classification();
        sb.append("\nDrawdown classification (event: forward ").append(lo).append(" max drawdown > ")
                .append(Formats.percent(s.drawdownEventPct(), 0)).append("):\n\n");
        sb.append("| observations | events | base rate | AUC | 95 % CI (month-block bootstrap) | top-quintile event "
                + "share (n) | bottom-quintile event share (n) |\n|---|---|---|---|---|---|---|\n");
        row(sb, String.valueOf(c.observations()), String.valueOf(c.events()), share(c.baseRate()),
                Formats.fixed(c.auc(), 3), interval3(c.aucInterval().low(), c.aucInterval().high()),
                share(c.topEventShare()) + " (" + c.topN() + ")",
                share(c.bottomEventShare()) + " (" + c.bottomN() + ")");

        sb.append("\nIn-sample / out-of-sample (months split at the median month-end date of the observations):\n\n");
        sb.append("| period | from | to | months | observations | ").append(sh).append(" return spread (t) | ")
                .append(lo).append(" return spread (t) | AUC | events |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Period p : d.periods()) {
            row(sb, p.name(), String.valueOf(p.from()), String.valueOf(p.to()), String.valueOf(p.months()),
                    String.valueOf(p.observations()), spreadT(p.returnShort()), spreadT(p.returnLong()),
                    Formats.fixed(p.auc(), 3), String.valueOf(p.events()));
        }

        sb.append("\nStability by calendar year:\n\n");
        sb.append("| year | observations | months | mean ").append(sh).append(" return spread | mean ").append(lo)
                .append(" return spread | AUC | events |\n|---|---|---|---|---|---|---|\n");
        for (YearRow y : d.years()) {
            row(sb, String.valueOf(y.year()), String.valueOf(y.observations()), String.valueOf(y.months()),
                    f(y.meanSpreadShort()), f(y.meanSpreadLong()), Formats.fixed(y.auc(), 3),
                    String.valueOf(y.events()));
        }
        sb.append('\n');
    }

    private static void diagnostics(StringBuilder sb, Diagnostics d) {
        sb.append("### Diagnostics for the modeller\n\n");
        sb.append("Correlation of the crowding and reversal scores (same instrument-month): ")
                .append(Formats.fixed(d.crowdingReversalCorrelation(), 2)).append(" (")
                .append(d.crowdingReversalPairs()).append(" pairs).\n\n");
        sb.append("Quantiles of the composite (weighted mean before calibration) and of the score:\n\n");
        sb.append("| dimension | measure | n | p50 | p80 | p95 | p99 | max |\n|---|---|---|---|---|---|---|---|\n");
        for (Quantiles q : d.quantiles()) {
            row(sb, q.dimension().label(), q.measure(), String.valueOf(q.n()), Formats.fixed(q.p50(), 1),
                    Formats.fixed(q.p80(), 1), Formats.fixed(q.p95(), 1), Formats.fixed(q.p99(), 1),
                    Formats.fixed(q.max(), 1));
        }
        sb.append("\nPearson correlations of the component points (pooled, pairwise complete; n/a where a component "
                + "was never computed or never varied):\n\n|   |");
        List<String> keys = d.componentKeys();
        keys.forEach(k -> sb.append(' ').append(k).append(" |"));
        sb.append("\n|---|");
        keys.forEach(k -> sb.append("---|"));
        sb.append('\n');
        for (int i = 0; i < keys.size(); i++) {
            sb.append("| ").append(keys.get(i)).append(" |");
            for (int j = 0; j < keys.size(); j++) {
                sb.append(' ').append(Formats.fixed(d.correlations().get(i).get(j), 2)).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static String share(double v) {
        return Double.isNaN(v) ? Formats.NOT_AVAILABLE : Formats.share(v);
    }

    private static String f(double v) {
        return Formats.fixed(v, 2);
    }

    static String interval(double low, double high) {
        return "[" + Formats.fixed(low, 2) + ", " + Formats.fixed(high, 2) + "]";
    }

    static String interval3(double low, double high) {
        return "[" + Formats.fixed(low, 3) + ", " + Formats.fixed(high, 3) + "]";
    }

    static String spreadT(Spread sp) {
        return f(sp.estimate().mean()) + " (" + Formats.fixed(sp.estimate().t(), 2) + ")";
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c).append(" |");
        }
        sb.append('\n');
    }
}
