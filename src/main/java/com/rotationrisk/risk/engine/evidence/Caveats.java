package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Period;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Settings;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Universe;
import java.util.ArrayList;
import java.util.List;

/** The known limitations of an evidence study, as sentences built from what the study used. */
final class Caveats {

    private Caveats() {
    }

    static List<String> of(Universe u, List<DimensionResult> dims, Settings s) {
        List<String> out = new ArrayList<>();
        out.add("Survivorship: the universe is the " + u.instruments() + " instruments that have price history in the "
                + "data used. Companies delisted, merged or dropped before the data was assembled are missing unless "
                + "their history was imported, and the bundled list of Dow Jones Industrial Average stocks is the "
                + "index's later membership, chosen with hindsight, so the results lean towards survivors. Forward "
                + "windows cut short by the end of an instrument's data are kept rather than dropped (truncated: "
                + u.truncatedShort() + " windows of " + s.shortHorizon() + " sessions, " + u.truncatedLong()
                + " of " + s.longHorizon() + "), but missing names cannot be recovered.");
        out.add("Point in time: each score uses only the bars up to its month end, but the instrument list, the "
                + "instrument profiles and the choice of benchmarks are today's, not what was known at the time. "
                + "Reversal risk is studied before the market-regime uplift, and policy-shock exposure is not "
                + "studied (it needs profiles and scenarios).");
        out.add("Closes only: " + u.closesOnly() + " of " + u.instrumentMonths() + " instrument-months ("
                + Formats.share(u.instrumentMonths() == 0 ? Double.NaN : u.closesOnly() / (double) u.instrumentMonths())
                + ") had only a closing price at the month end, so the components that need highs, lows or volume "
                + "were not computed there and those scores rest on the remaining components.");
        String large = u.largeCap() == null ? "There is no large-cap benchmark, so the components that need it are "
                + "absent throughout."
                : "The large-cap benchmark " + u.largeCap() + " has bars from " + u.largeCapFrom()
                        + "; components that need it are absent before that date.";
        String small = u.smallCap() == null ? " There is no rotation-leg benchmark, so co-movement with and beta to "
                + "the rotation spread are absent throughout."
                : " The rotation leg " + u.smallCap() + " has bars from " + u.smallCapFrom() + " (spread: "
                        + u.spreadName() + ").";
        out.add("Benchmarks: " + large + small);
        out.add("Overlapping windows: the " + s.longHorizon() + "-session forward windows of consecutive month ends "
                + "overlap, so the monthly observations are not independent. The t-statistics use Newey-West "
                + "standard errors with lag ceil(horizon / 21) + 1 months (" + NeweyWest.lagForHorizon(s.shortHorizon())
                + " for " + sessions(s.shortHorizon()) + ", " + NeweyWest.lagForHorizon(s.longHorizon()) + " for "
                + sessions(s.longHorizon()) + "), and the intervals are checked with a moving-block bootstrap of "
                + s.blockMonths() + "-month blocks (" + s.resamples() + " resamples, seed " + s.bootstrapSeed()
                + ").");
        String split = dims.isEmpty() || dims.get(0).periods().size() < 2 ? ""
                : " The in-sample / out-of-sample split is at the median month-end date of the observations ("
                        + range(dims.get(0).periods().get(0)) + " and " + range(dims.get(0).periods().get(1))
                        + "); the model's weights and breakpoints were not fitted to outcomes, and its score scales are "
                        + "quantiles of the scores' own distribution over the whole bundled history (no forward return "
                        + "enters them), so the split shows stability, not a test of overfitting.";
        String crossSections = dims.isEmpty() || dims.get(0).quintileFirst() == null ? ""
                : " Months with enough instruments for quintiles run only from " + dims.get(0).quintileFirst()
                        + " to " + dims.get(0).quintileLast() + " (" + dims.get(0).quintileMonths() + " months).";
        out.add("Sample period: bars from " + u.firstDate() + " to " + u.lastDate() + "." + crossSections
                + " The results describe this one market history and may not hold in other regimes." + split);
        out.add("Ties and pooling: instruments with equal scores in a month are ordered at random (seed "
                + s.tieBreakSeed() + "), so the quintile tables move slightly with the seed; the AUC pools all months, "
                + "mixing market-wide drawdowns with differences between instruments.");
        out.add("Multiple comparisons: several spreads, horizons and two dimensions are tested; at the 95 % level "
                + "about one test in twenty looks significant by chance.");
        return out;
    }

    private static String sessions(int horizon) {
        return horizon + "-session";
    }

    private static String range(Period p) {
        return p.from() + " to " + p.to();
    }
}
