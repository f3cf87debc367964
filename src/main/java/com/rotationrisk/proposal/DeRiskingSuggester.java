package com.rotationrisk.proposal;

import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Bring the overall grade down to a target band with little turnover", deterministically. Each step trims one
 * position by a quarter of what was held at the start (into cash) and is scored by the real engine:
 * <ol>
 *   <li>Candidates are scored, priced, non-cash positions not marked to keep, with shares left.</li>
 *   <li>They are ranked by their mean score over the three dimensions (highest first, then by ticker): moving a
 *       unit of value from such a position into cash lowers the dimension means the most per unit of turnover.</li>
 *   <li>The first candidate whose trim stays within the turnover and realised-gain limits is trimmed and the result
 *       scored. If the overall score did not go down (a trim can raise concentration), the trim is undone and that
 *       position is not tried again.</li>
 *   <li>It stops when the grade reaches the target band, when no candidate is left within the limits, or after
 *       {@link #MAX_STEPS} steps.</li>
 * </ol>
 * A holding without a market price is never traded. Realised gains are estimated as in {@link TradePlan}; a position
 * whose cost is unknown is not trimmed while a gain limit is set (its gain cannot be checked against it). Greedy, so
 * the turnover is low but not proven minimal.
 */
public final class DeRiskingSuggester {

    public static final int MAX_STEPS = 80;
    static final BigDecimal STEP = new BigDecimal("0.25");

    private DeRiskingSuggester() {
    }

    public static Suggestion suggest(List<HoldingInput> holdings, PortfolioAssessment before,
                                     SuggestionConstraints limits, Function<List<HoldingInput>, PortfolioAssessment> score) {
        double value = before.coverage().knownValue();
        Map<String, Double> prices = new LinkedHashMap<>();
        Map<String, BigDecimal> start = new LinkedHashMap<>();
        for (PositionAssessment p : before.positions()) {
            prices.put(p.ticker(), p.price());
        }
        for (HoldingInput h : holdings) {
            start.merge(Ticker.canonical(h.ticker()), h.quantity(), BigDecimal::add);
        }
        Map<String, BigDecimal> sold = new LinkedHashMap<>();
        Set<String> exhausted = new HashSet<>();
        List<String> steps = new ArrayList<>();
        PortfolioAssessment current = before;
        List<HoldingInput> state = holdings;
        TradePlan.Result applied = TradePlan.apply(holdings, List.of(), prices);
        String stopped = null;
        if (!current.grade().graded()) {
            stopped = "The portfolio is not graded (" + current.grade().rule() + "), so there is no grade to lower.";
        }
        while (stopped == null && !reached(current, limits)) {
            if (steps.size() >= MAX_STEPS) {
                stopped = "Stopped after " + MAX_STEPS + " steps.";
                break;
            }
            boolean moved = false;
            for (PositionAssessment c : candidates(current, limits, start, sold, exhausted, prices)) {
                BigDecimal shares = start.get(c.ticker()).multiply(STEP).setScale(8, RoundingMode.HALF_UP)
                        .min(start.get(c.ticker()).subtract(sold.getOrDefault(c.ticker(), BigDecimal.ZERO)));
                Map<String, BigDecimal> trial = new LinkedHashMap<>(sold);
                trial.merge(c.ticker(), shares, BigDecimal::add);
                TradePlan.Result plan = TradePlan.apply(holdings, trades(trial), prices);
                if (!plan.ok() || !withinLimits(plan, value, limits)) {
                    exhausted.add(c.ticker());
                    continue;
                }
                PortfolioAssessment next = score.apply(plan.after());
                if (!lower(next, current)) {
                    exhausted.add(c.ticker());
                    continue;
                }
                steps.add(describe(c, shares, start.get(c.ticker()), current, next));
                sold = trial;
                current = next;
                state = plan.after();
                applied = plan;
                moved = true;
                break;
            }
            if (!moved) {
                stopped = "No holding is left to trim within the limits.";
            }
        }
        boolean reached = reached(current, limits);
        if (reached) {
            stopped = steps.isEmpty() ? "The portfolio is already graded " + current.grade().grade().label()
                    + ", at or below the target." : "Reached " + current.grade().grade().label() + ".";
        }
        return new Suggestion(trades(sold), steps, reached, stopped, current,
                value > 0 ? (applied.soldValue() + applied.boughtValue()) / value : 0, applied.knownRealisedGain(),
                applied.gainUnknownFor());
    }

    private static List<PositionAssessment> candidates(PortfolioAssessment a, SuggestionConstraints limits,
                                                       Map<String, BigDecimal> start, Map<String, BigDecimal> sold,
                                                       Set<String> exhausted, Map<String, Double> prices) {
        return a.positions().stream()
                .filter(p -> !Ticker.isCash(p.ticker()) && start.containsKey(p.ticker()))
                .filter(p -> !limits.keep().contains(p.ticker()) && !exhausted.contains(p.ticker()))
                .filter(p -> prices.get(p.ticker()) != null && prices.get(p.ticker()) > 0)
                .filter(p -> start.get(p.ticker()).compareTo(sold.getOrDefault(p.ticker(), BigDecimal.ZERO)) > 0)
                .filter(p -> meanScore(p) != null)
                .filter(p -> limits.maxRealisedGain() == null || p.costBasisPerShare() != null)
                .sorted(Comparator.comparingDouble((PositionAssessment p) -> meanScore(p)).reversed()
                        .thenComparing(PositionAssessment::ticker))
                .toList();
    }

    private static Double meanScore(PositionAssessment p) {
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            if (p.dimension(d) == null || p.dimension(d).score().isEmpty()) {
                return null;
            }
            sum += p.dimension(d).score().getAsDouble();
        }
        return sum / Dimension.values().length;
    }

    private static boolean withinLimits(TradePlan.Result plan, double value, SuggestionConstraints limits) {
        double turnover = value > 0 ? (plan.soldValue() + plan.boughtValue()) / value : Double.POSITIVE_INFINITY;
        if (limits.maxTurnover() != null && turnover > limits.maxTurnover() + 1e-12) {
            return false;
        }
        return limits.maxRealisedGain() == null || plan.knownRealisedGain() <= limits.maxRealisedGain() + 1e-9;
    }

    private static boolean reached(PortfolioAssessment a, SuggestionConstraints limits) {
        return a.grade().graded() && a.grade().grade().ordinal() <= limits.targetBand().ordinal();
    }

    private static boolean lower(PortfolioAssessment next, PortfolioAssessment current) {
        return next.grade().graded() && next.grade().score().getAsDouble() < current.grade().score().getAsDouble()
                - 1e-9;
    }

    private static List<Trade> trades(Map<String, BigDecimal> sold) {
        List<Trade> out = new ArrayList<>();
        sold.forEach((t, q) -> out.add(new Trade(Trade.Kind.SELL, t, null, Trade.AmountKind.SHARES,
                q.stripTrailingZeros())));
        return out;
    }

    private static String describe(PositionAssessment c, BigDecimal shares, BigDecimal held, PortfolioAssessment was,
                                   PortfolioAssessment now) {
        StringBuilder s = new StringBuilder("Trim ").append(c.ticker()).append(" by ")
                .append(shares.stripTrailingZeros().toPlainString()).append(" shares (")
                .append(String.format(Locale.ROOT, "%.0f", shares.doubleValue() / held.doubleValue() * 100))
                .append(" % of the holding): overall ").append(one(was.grade().score().getAsDouble())).append(" → ")
                .append(one(now.grade().score().getAsDouble()));
        for (Dimension d : Dimension.values()) {
            if (was.dimensions().get(d).score().isPresent() && now.dimensions().get(d).score().isPresent()) {
                double change = now.dimensions().get(d).score().getAsDouble() - was.dimensions().get(d).score()
                        .getAsDouble();
                s.append(", ").append(d.label().toLowerCase(Locale.ROOT)).append(' ')
                        .append(String.format(Locale.ROOT, "%+.1f", change));
            }
        }
        OverallGrade.Grade g = now.grade().grade();
        return s.append(" (").append(g == null ? "not graded" : g.label()).append(")").toString();
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
