package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A portfolio's scoring at one valuation date, as kept by the nightly re-scoring. A figure that could not be computed
 * is null and {@code reasons} says why (for the grade under {@code null} key "grade", for a dimension under its name).
 */
public record Snapshot(Long id, long portfolioId, LocalDate asOf, long portfolioVersion, LocalDate scoredOn,
                       String modelVersion, OverallGrade.Grade grade, Map<Dimension, Double> scores,
                       Map<String, String> reasons, Double worstPct, String worstScenario, String worstDrivers,
                       Double coverageShare, String coverageSummary, int holdings, List<Position> positions,
                       List<Flag> flags) {

    public Snapshot {
        scores = Map.copyOf(scores);
        reasons = Map.copyOf(reasons);
        positions = List.copyOf(positions);
        flags = List.copyOf(flags);
    }

    /** A holding as scored; price, weight and scores are null for one that could not be scored. */
    public record Position(String ticker, double quantity, Double price, LocalDate priceDate, Double weight,
                           Double crowding, Double reversal, Double exposure) {

        public Double score(Dimension dim) {
            return switch (dim) {
                case MOMENTUM_CROWDING -> crowding;
                case REVERSAL_RISK -> reversal;
                case POLICY_SHOCK_EXPOSURE -> exposure;
            };
        }
    }

    public record Flag(String type, String ticker, String message) {
    }

    public Double score(Dimension dim) {
        return scores.get(dim);
    }

    public Position position(String ticker) {
        return positions.stream().filter(p -> p.ticker().equals(ticker)).findFirst().orElse(null);
    }

    Snapshot withId(long newId) {
        return new Snapshot(newId, portfolioId, asOf, portfolioVersion, scoredOn, modelVersion, grade, scores, reasons,
                worstPct, worstScenario, worstDrivers, coverageShare, coverageSummary, holdings, positions, flags);
    }
}
