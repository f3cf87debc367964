package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.Components.fmt;
import static com.rotationrisk.risk.engine.Components.fmt1;

import com.rotationrisk.risk.engine.indicators.MarketView;
import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.ScenarioImpact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Portfolio-level aggregation: dimensions, concentration, grade, flags, scenarios, worst case. Pure functions. */
final class PortfolioRollup {

    private static final int TOP_CONTRIBUTORS = 5;

    private PortfolioRollup() {
    }

    static PortfolioAssessment build(ModelConfig cfg, LocalDate asOf, double total, List<PositionAssessment> positions,
            List<HoldingIssue> issues, Map<String, DailyBars> bars, MarketView mv, MarketRegime regime,
            List<Scenario> scenarios, List<Double> spreadShocks, List<UnscoredHolding> unscored, String spreadName) {
        Coverage coverage = new Coverage(total, unscored);
        double valuedShare = coverage.scoredShare().orElse(0);
        double minCoverage = cfg.scoring().minCoverage();
        Map<Dimension, PortfolioDimension> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dims.put(d, dimension(d, positions, cfg.highScoreThreshold(), valuedShare, minCoverage));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            results.add(scenario(scenarios.get(s), s, spreadShocks.get(s), positions, total, valuedShare,
                    minCoverage));
        }
        Concentration concentration = concentration(positions);
        return new PortfolioAssessment(cfg.modelVersion(), asOf, total, List.copyOf(positions), List.copyOf(issues),
                dims, concentration, ComomentumCalculator.compute(positions, bars, mv, cfg.comomentum()),
                regime, grade(cfg.grade(), dims, concentration), flags(cfg, positions), List.copyOf(results),
                worstCase(results), coverage, spreadName);
    }

    static PortfolioDimension dimension(Dimension d, List<PositionAssessment> positions, double highThreshold) {
        return dimension(d, positions, highThreshold, 1.0, 0.0);
    }

    /**
     * @param valuedShare the scored positions' share of the portfolio's known value (weights are shares of the scored
     *                    value)
     */
    static PortfolioDimension dimension(Dimension d, List<PositionAssessment> positions, double highThreshold,
            double valuedShare, double minCoverage) {
        double scoredWeight = 0, sum = 0, high = 0;
        boolean onlyCash = true;
        for (PositionAssessment p : positions) {
            OptionalDouble s = p.dimension(d).score();
            if (s.isPresent()) {
                scoredWeight += p.weight();
                sum += p.weight() * s.getAsDouble();
                onlyCash &= p.profile().type() == AssetType.CASH;
                if (s.getAsDouble() >= highThreshold) {
                    high += p.weight();
                }
            }
        }
        double covered = scoredWeight * valuedShare;
        String notAssessed = notAssessed(covered, minCoverage, scoredWeight > 0 && onlyCash);
        OptionalDouble score = scoredWeight > 0 && notAssessed == null ? OptionalDouble.of(sum / scoredWeight)
                : OptionalDouble.empty();
        return new PortfolioDimension(d, score, scoredWeight, high, highThreshold, covered,
                score.isPresent() ? null : notAssessed != null ? notAssessed : "Not assessed: no position could be scored.");
    }

    /** Null when {@code covered} reaches the minimum; otherwise "Not assessed: covers 14 % of value (cash only) …". */
    static String notAssessed(double covered, double minCoverage, boolean onlyCash) {
        if (covered + 1e-9 >= minCoverage && covered > 0) {
            return null;
        }
        return "Not assessed: covers " + Formats.percent(covered * 100, 0) + " of value" + (onlyCash ? " (cash only)" : "")
                + "; at least " + Formats.percent(minCoverage * 100, 0) + " is needed.";
    }

    static Concentration concentration(List<PositionAssessment> positions) {
        double hhi = 0;
        Map<String, Double> sectors = new TreeMap<>();
        Map<String, Double> sizes = new TreeMap<>();
        for (PositionAssessment p : positions) {
            hhi += p.weight() * p.weight();
            InstrumentProfile pr = p.profile();
            String sector = pr.type() == AssetType.CASH ? "Cash" : pr.sector() == null ? "Unclassified" : pr.sector();
            String size = pr.type() == AssetType.CASH ? "CASH" : pr.size() == null ? "UNCLASSIFIED" : pr.size().name();
            sectors.merge(sector, p.weight(), Double::sum);
            sizes.merge(size, p.weight(), Double::sum);
        }
        double top5 = positions.stream().mapToDouble(PositionAssessment::weight).boxed()
                .sorted(Comparator.reverseOrder()).limit(5).mapToDouble(Double::doubleValue).sum();
        List<PositionAssessment> risky = positions.stream().filter(p -> p.profile().type() != AssetType.CASH)
                .sorted(Comparator.comparingDouble(PositionAssessment::weight).reversed()).toList();
        double top5NonCash = risky.stream().limit(5).mapToDouble(PositionAssessment::weight).sum();
        return new Concentration(hhi, top5, Map.copyOf(sectors), Map.copyOf(sizes),
                risky.isEmpty() ? null : risky.get(0).ticker(), risky.isEmpty() ? 0 : risky.get(0).weight(),
                top5NonCash);
    }

    /**
     * Overall = weighted mean of the three dimensions and the concentration score, banded; never more than
     * {@code maxBandsMilder} band milder than its worst part (the score is then raised to that band's start, and the
     * rule says so). Not graded when a dimension is not assessed.
     */
    static OverallGrade grade(ModelConfig.Grade g, Map<Dimension, PortfolioDimension> dims, Concentration c) {
        List<String> missing = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            PortfolioDimension pd = dims.get(d);
            if (!pd.assessed()) {
                missing.add(d.label() + " (" + lowerFirst(pd.notAssessedReason()).replaceAll("\\.$", "") + ")");
            }
        }
        if (!missing.isEmpty()) {
            return new OverallGrade(null, OptionalDouble.empty(), "Not graded: " + String.join("; ", missing),
                    "Not graded");
        }
        double concentration = concentrationScore(g, c);
        String[] names = {Dimension.MOMENTUM_CROWDING.label(), Dimension.REVERSAL_RISK.label(),
                Dimension.POLICY_SHOCK_EXPOSURE.label(), "Concentration"};
        double[] weights = {g.crowdingWeight(), g.reversalWeight(), g.exposureWeight(), g.concentrationWeight()};
        double[] scores = {dims.get(Dimension.MOMENTUM_CROWDING).score().getAsDouble(),
                dims.get(Dimension.REVERSAL_RISK).score().getAsDouble(),
                dims.get(Dimension.POLICY_SHOCK_EXPOSURE).score().getAsDouble(), concentration};
        double wsum = 0, sum = 0;
        int worst = 0;
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < scores.length; i++) {
            wsum += weights[i];
            sum += weights[i] * scores[i];
            terms.append(i == 0 ? "" : " + ").append(fmt(weights[i])).append(" x ").append(names[i]).append(' ')
                    .append(fmt1(scores[i]));
            if (scores[i] > scores[worst]) {
                worst = i;
            }
        }
        double mean = sum / wsum;
        OverallGrade.Grade meanBand = OverallGrade.Grade.of(mean, g);
        OverallGrade.Grade worstBand = OverallGrade.Grade.of(scores[worst], g);
        int floor = Math.max(0, worstBand.ordinal() - g.maxBandsMilder());
        OverallGrade.Grade grade = meanBand.ordinal() >= floor ? meanBand : OverallGrade.Grade.values()[floor];
        double score = grade == meanBand ? mean : grade.from(g);
        String rule = "Overall = (" + terms + ") / " + fmt(wsum) + " = " + fmt1(mean) + "; "
                + OverallGrade.Grade.bands(g) + ": " + meanBand.label() + ".";
        if (grade != meanBand) {
            rule += " Raised to " + grade.label() + " (score " + fmt1(score) + "): the grade is never more than "
                    + g.maxBandsMilder() + " band milder than its worst part, " + names[worst] + " "
                    + fmt1(scores[worst]) + " (" + worstBand.label() + ").";
        }
        String headline = worstBand.ordinal() > grade.ordinal()
                ? grade.label() + " overall, " + worstBand.label() + " " + lowerFirst(names[worst])
                : grade.label();
        return new OverallGrade(grade, OptionalDouble.of(score), rule, headline);
    }

    /** 0-100 from the largest non-cash position's weight and the top five's, whichever is higher. */
    static double concentrationScore(ModelConfig.Grade g, Concentration c) {
        if (g.largestPositionPoints().isEmpty()) {
            return 0;
        }
        return Math.max(PiecewiseLinear.points(g.largestPositionPoints(), c.largestPosition()),
                PiecewiseLinear.points(g.top5Points(), c.top5NonCash()));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static List<BehaviouralFlag> flags(ModelConfig cfg, List<PositionAssessment> positions) {
        ModelConfig.Flags f = cfg.flags();
        int run = cfg.windows().runReturn();
        List<BehaviouralFlag> flags = new ArrayList<>();
        for (PositionAssessment p : positions) {
            Double z = raw(p.crowding(), ComponentKeys.UNUSUAL_RUN);
            if (z != null && z >= f.recencyZ() && p.weight() >= f.recencyMinWeight()) {
                flags.add(new BehaviouralFlag(BehaviouralFlag.Type.RECENCY_BIAS, p.ticker(),
                        ordered("zScore" + run + "d", z, "weight", p.weight()),
                        p.ticker() + " ran " + fmt(z) + " standard deviations above its usual " + ModelConfig.period(run)
                                + " return and is "
                                + Formats.percent(p.weight() * 100) + " of the portfolio: a recent winner can feel like a "
                                + "durable trend."));
            }
            Double flow = raw(p.crowding(), ComponentKeys.FLOW_SURGE);
            Double comove = raw(p.crowding(), ComponentKeys.CROWD_COMOVEMENT);
            if (flow != null && comove != null && flow >= f.herdFlow() && comove >= f.herdComovement()) {
                flags.add(new BehaviouralFlag(BehaviouralFlag.Type.HERD_BEHAVIOUR, p.ticker(),
                        ordered("flowSurge", flow, "crowdComovement", comove),
                        p.ticker() + " trades at " + fmt(flow) + "x its usual volume and moves with the rotation "
                                + "trade (correlation " + fmt(comove) + "): the crowd is in it."));
            }
            OptionalDouble rev = p.reversal().score();
            Double cost = p.costBasisPerShare();
            if (rev.isPresent() && rev.getAsDouble() >= f.lossAversionReversal() && cost != null && cost > 0) {
                double gap = p.price() / cost - 1.0;
                if (Math.abs(gap) <= f.lossAversionCostBand() + 1e-12) { // tolerance for binary rounding at the boundary
                    flags.add(new BehaviouralFlag(BehaviouralFlag.Type.LOSS_AVERSION_TRAP, p.ticker(),
                            ordered("reversalScore", rev.getAsDouble(), "priceVsCostPct", gap * 100),
                            p.ticker() + " has reversal risk " + fmt1(rev.getAsDouble()) + " and trades "
                                    + Formats.percent(gap * 100) + " from its cost basis: a pullback would turn a fresh gain "
                                    + "into a loss the client will want to flee."));
                }
            }
        }
        return List.copyOf(flags);
    }

    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return Collections.unmodifiableMap(m);
    }

    private static Double raw(DimensionScore d, String key) {
        ComponentScore c = d.component(key);
        return c == null ? null : c.rawValue();
    }

    static ScenarioResult scenario(Scenario sc, int index, Double spreadShock, List<PositionAssessment> positions,
            double total, double valuedShare, double minCoverage) {
        List<PositionContribution> contributions = new ArrayList<>();
        double covered = 0, impact = 0, actualSum = 0;
        boolean analogComplete = sc.analogStart() != null && !positions.isEmpty();
        boolean onlyCash = true;
        String firstUnknown = null;
        for (PositionAssessment p : positions) {
            ScenarioImpact i = p.scenarioImpacts().get(index);
            if (i.analogActualPct() == null) {
                analogComplete = false;
            } else {
                actualSum += p.weight() * i.analogActualPct();
            }
            if (i.impactPct() == null) {
                firstUnknown = firstUnknown == null ? i.note() : firstUnknown;
                continue;
            }
            onlyCash &= p.profile().type() == AssetType.CASH;
            covered += p.weight();
            double contribution = p.weight() * i.impactPct();
            impact += contribution;
            contributions.add(new PositionContribution(p.ticker(), p.weight(), i.impactPct(), contribution,
                    contribution / 100.0 * total, i.analogActualPct()));
        }
        List<PositionContribution> top = contributions.stream()
                .sorted(Comparator.comparingDouble((PositionContribution c) -> Math.abs(c.contributionPct())).reversed())
                .limit(TOP_CONTRIBUTORS).toList();
        // contributions empty with positions present means every impact was unknown: say why, not "covers 0 %"
        String notAssessed = positions.isEmpty() ? "Not assessed: no position could be valued."
                : contributions.isEmpty() ? "Not assessed: " + lowerFirst(firstUnknown)
                : notAssessed(covered * valuedShare, minCoverage, onlyCash);
        boolean any = notAssessed == null;
        String analogNote = sc.analogStart() == null ? "No historical analog window."
                : analogComplete ? "Actual weighted return from " + sc.analogStart() + " to "
                        + (sc.analogEnd() == null ? "as-of" : sc.analogEnd()) + "."
                        : "Price history does not cover the analog window for every position (or it ends after "
                                + "the as-of date).";
        return new ScenarioResult(sc.id(), sc.name(), sc.version(), sc.policyScenario(), spreadShock,
                any ? OptionalDouble.of(impact) : OptionalDouble.empty(),
                any ? OptionalDouble.of(impact / 100.0 * total) : OptionalDouble.empty(), covered,
                List.copyOf(contributions), top,
                analogComplete ? OptionalDouble.of(actualSum) : OptionalDouble.empty(), analogNote,
                covered * valuedShare, notAssessed);
    }

    /** The largest loss among the scenarios that could be assessed (see {@link PortfolioAssessment}). */
    static Optional<WorstCase> worstCase(List<ScenarioResult> results) {
        return results.stream().filter(r -> r.impactPct().isPresent())
                .min(Comparator.comparingDouble(r -> r.impactPct().getAsDouble()))
                .filter(r -> r.impactPct().getAsDouble() < 0)
                .map(r -> new WorstCase(r.scenarioId(), r.name(), r.impactPct().getAsDouble(),
                        r.impactCurrency().getAsDouble()));
    }
}
