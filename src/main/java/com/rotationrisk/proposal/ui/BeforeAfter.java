package com.rotationrisk.proposal.ui;

import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.TradePlan;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PortfolioDimension;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.risk.engine.WorstCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The lines of the before/after table, as text: every figure the analysis shows for the two holding sets, and "n/a"
 * with its reason where a value could not be computed (never 0).
 */
final class BeforeAfter {

    /** One line: what is measured, its value before and after, and whether it changed. */
    record Line(String measure, String before, String after) {

        boolean changed() {
            return !before.equals(after);
        }
    }

    private BeforeAfter() {
    }

    static List<Line> lines(PortfolioAssessment before, PortfolioAssessment after) {
        List<Line> out = new ArrayList<>();
        out.add(line("Overall grade", before, after, a -> grade(a.grade())));
        for (Dimension d : Dimension.values()) {
            out.add(line(d.label() + " score", before, after, a -> dimension(a.dimensions().get(d))));
        }
        out.add(line("Worst case", before, after, a -> worstCase(a.worstCase())));
        TreeSet<String> scenarios = new TreeSet<>();
        List<String> order = new ArrayList<>();
        for (PortfolioAssessment a : List.of(before, after)) {
            a.scenarios().forEach(s -> {
                if (scenarios.add(s.scenarioId())) {
                    order.add(s.scenarioId());
                }
            });
        }
        for (String id : order) {
            ScenarioResult named = before.scenario(id) != null ? before.scenario(id) : after.scenario(id);
            out.add(line("Scenario: " + named.name(), before, after, a -> scenario(a.scenario(id))));
        }
        out.add(line("Total value", before, after, a -> Formats.dollars(a.totalMarketValue())));
        out.add(line("Top-5 weight", before, after, a -> Formats.share(a.concentration().top5Weight())));
        out.add(line("Concentration (HHI)", before, after, a -> Formats.fixed(a.concentration().herfindahl(), 3)));
        weights(out, "Sector", before, after, a -> a.concentration().sectorWeights());
        weights(out, "Size", before, after, a -> a.concentration().sizeWeights());
        out.add(line("Coverage", before, after, a -> a.coverage().summary()));
        return out;
    }

    /** Turnover, values traded and the estimated realised gain, with the method and the sales whose gain is unknown. */
    static List<Line> trading(ProposalComparison c) {
        List<Line> out = new ArrayList<>();
        out.add(new Line("Turnover (sold + bought, share of the value before)", "", c.turnover() == null
                ? Formats.NOT_AVAILABLE + " (the value before is unknown)" : Formats.share(c.turnover())));
        out.add(new Line("Sold", "", Formats.dollars(c.soldValue())));
        out.add(new Line("Bought", "", Formats.dollars(c.boughtValue())));
        out.add(new Line("Estimated realised gain", "", gain(c.knownRealisedGain(), c.gainUnknownFor(),
                c.executions().stream().anyMatch(e -> e.realisedGain() != null))));
        return out;
    }

    /** The known gain, "unknown for X" beside it; "n/a" when no sale has a cost per share. */
    static String gain(double known, List<String> unknownFor, boolean anyKnown) {
        String unknown = unknownFor.isEmpty() ? "" : "unknown for " + String.join(", ", unknownFor)
                + " (no cost per share entered)";
        if (!anyKnown) {
            return unknownFor.isEmpty() ? "No sales" : Formats.NOT_AVAILABLE + ": " + unknown;
        }
        return Formats.signedDollars(known) + (unknown.isEmpty() ? "" : "; " + unknown);
    }

    static String execution(TradePlan.Execution e) {
        return e.ticker() + " " + (e.shares().signum() < 0 ? "sold " : "bought ")
                + e.shares().abs().stripTrailingZeros().toPlainString();
    }

    private static Line line(String measure, PortfolioAssessment before, PortfolioAssessment after,
                             Function<PortfolioAssessment, String> value) {
        return new Line(measure, value.apply(before), value.apply(after));
    }

    private static void weights(List<Line> out, String kind, PortfolioAssessment before, PortfolioAssessment after,
                                Function<PortfolioAssessment, Map<String, Double>> weights) {
        TreeSet<String> keys = new TreeSet<>(weights.apply(before).keySet());
        keys.addAll(weights.apply(after).keySet());
        for (String key : keys) {
            // a sector or size the holdings do not have weighs nothing: a true 0, not a missing value
            out.add(line(kind + ": " + key, before, after, a -> Formats.share(weights.apply(a).getOrDefault(key, 0.0))));
        }
    }

    private static String grade(OverallGrade g) {
        if (!g.graded()) {
            return Formats.NOT_AVAILABLE + ": not graded (" + g.rule() + ")";
        }
        return g.headline() + (g.score().isPresent() ? " (" + Formats.score(g.score().getAsDouble()) + ")" : "");
    }

    private static String dimension(PortfolioDimension d) {
        if (d == null) {
            return Formats.NOT_AVAILABLE + ": not scored";
        }
        return d.assessed() ? Formats.score(d.score().getAsDouble())
                : Formats.NOT_AVAILABLE + ": " + reason(d.notAssessedReason());
    }

    private static String worstCase(Optional<WorstCase> w) {
        return w.map(c -> c.scenarioName() + ": " + Formats.signedPercent(c.impactPct()) + " ("
                + Formats.signedDollars(c.impactCurrency()) + ")")
                .orElse(Formats.NOT_AVAILABLE + ": no scenario could be assessed");
    }

    private static String scenario(ScenarioResult s) {
        if (s == null) {
            return Formats.NOT_AVAILABLE + ": not in this scenario set";
        }
        if (!s.assessed()) {
            return Formats.NOT_AVAILABLE + ": " + reason(s.notAssessedReason());
        }
        return Formats.signedPercent(s.impactPct()) + (s.impactCurrency().isPresent() ? " ("
                + Formats.signedDollars(s.impactCurrency().getAsDouble()) + ")" : "");
    }

    private static String reason(String why) {
        return why == null || why.isBlank() ? "not assessed" : why;
    }
}
