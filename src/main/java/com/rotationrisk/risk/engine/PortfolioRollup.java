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
        Map<Dimension, PortfolioDimension> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dims.put(d, dimension(d, positions, cfg.highScoreThreshold()));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            results.add(scenario(scenarios.get(s), s, spreadShocks.get(s), positions, total));
        }
        return new PortfolioAssessment(cfg.modelVersion(), asOf, total, List.copyOf(positions), List.copyOf(issues),
                dims, concentration(positions), ComomentumCalculator.compute(positions, bars, mv, cfg.comomentum()),
                regime, grade(cfg.grade(), dims), flags(cfg, positions), List.copyOf(results),
                worstCase(results), new Coverage(total, unscored), spreadName);
    }

    static PortfolioDimension dimension(Dimension d, List<PositionAssessment> positions, double highThreshold) {
        double scoredWeight = 0, sum = 0, high = 0;
        for (PositionAssessment p : positions) {
            OptionalDouble s = p.dimension(d).score();
            if (s.isPresent()) {
                scoredWeight += p.weight();
                sum += p.weight() * s.getAsDouble();
                if (s.getAsDouble() >= highThreshold) {
                    high += p.weight();
                }
            }
        }
        OptionalDouble score = scoredWeight > 0 ? OptionalDouble.of(sum / scoredWeight) : OptionalDouble.empty();
        return new PortfolioDimension(d, score, scoredWeight, high, highThreshold);
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
        return new Concentration(hhi, top5, Map.copyOf(sectors), Map.copyOf(sizes));
    }

    static OverallGrade grade(ModelConfig.Grade g, Map<Dimension, PortfolioDimension> dims) {
        double[] weights = {g.crowdingWeight(), g.reversalWeight(), g.exposureWeight()};
        Dimension[] order = {Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK, Dimension.POLICY_SHOCK_EXPOSURE};
        double wsum = 0, sum = 0;
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            OptionalDouble s = dims.get(order[i]).score();
            if (s.isPresent()) {
                wsum += weights[i];
                sum += weights[i] * s.getAsDouble();
                terms.append(terms.isEmpty() ? "" : " + ").append(fmt(weights[i])).append(" x ")
                        .append(order[i].label()).append(' ').append(fmt1(s.getAsDouble()));
            }
        }
        if (wsum == 0) {
            return new OverallGrade(null, OptionalDouble.empty(), "No dimension could be scored.");
        }
        double score = sum / wsum;
        OverallGrade.Grade grade = OverallGrade.Grade.of(score, g);
        String rule = "Overall = (" + terms + ") / " + fmt(wsum) + " = " + fmt1(score) + "; "
                + OverallGrade.Grade.bands(g) + ": " + grade + ".";
        return new OverallGrade(grade, OptionalDouble.of(score), rule);
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
            double total) {
        List<PositionContribution> contributions = new ArrayList<>();
        double covered = 0, impact = 0, actualSum = 0;
        boolean analogComplete = sc.analogStart() != null && !positions.isEmpty();
        for (PositionAssessment p : positions) {
            ScenarioImpact i = p.scenarioImpacts().get(index);
            if (i.analogActualPct() == null) {
                analogComplete = false;
            } else {
                actualSum += p.weight() * i.analogActualPct();
            }
            if (i.impactPct() == null) {
                continue;
            }
            covered += p.weight();
            double contribution = p.weight() * i.impactPct();
            impact += contribution;
            contributions.add(new PositionContribution(p.ticker(), p.weight(), i.impactPct(), contribution,
                    contribution / 100.0 * total, i.analogActualPct()));
        }
        List<PositionContribution> top = contributions.stream()
                .sorted(Comparator.comparingDouble((PositionContribution c) -> Math.abs(c.contributionPct())).reversed())
                .limit(TOP_CONTRIBUTORS).toList();
        boolean any = !contributions.isEmpty();
        String analogNote = sc.analogStart() == null ? "No historical analog window."
                : analogComplete ? "Actual weighted return from " + sc.analogStart() + " to "
                        + (sc.analogEnd() == null ? "as-of" : sc.analogEnd()) + "."
                        : "Price history does not cover the analog window for every position (or it ends after "
                                + "the as-of date).";
        return new ScenarioResult(sc.id(), sc.name(), sc.version(), sc.policyScenario(), spreadShock,
                any ? OptionalDouble.of(impact) : OptionalDouble.empty(),
                any ? OptionalDouble.of(impact / 100.0 * total) : OptionalDouble.empty(), covered,
                List.copyOf(contributions), top,
                analogComplete ? OptionalDouble.of(actualSum) : OptionalDouble.empty(), analogNote);
    }

    static Optional<WorstCase> worstCase(List<ScenarioResult> results) {
        return results.stream().filter(r -> r.impactPct().isPresent())
                .min(Comparator.comparingDouble(r -> r.impactPct().getAsDouble()))
                .filter(r -> r.impactPct().getAsDouble() < 0)
                .map(r -> new WorstCase(r.scenarioId(), r.name(), r.impactPct().getAsDouble(),
                        r.impactCurrency().getAsDouble()));
    }
}
