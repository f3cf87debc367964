package com.rotationrisk.risk.engine;

import java.util.OptionalDouble;

/**
 * Portfolio score of one dimension = sum(weight x score) over positions that have a score, divided by
 * {@code scoredWeight} (the weight share that has a score; 1.0 when every position is scored).
 * {@code weightAtOrAboveHigh} is the share of total weight in positions scoring at least {@code highThreshold}
 * ({@link ModelConfig#highScoreThreshold()}). {@code coveredShare} is the share of the portfolio's known value in
 * positions with a score; below the model's coverage minimum the score is empty and {@code notAssessedReason} says
 * why ("Not assessed: covers 14 % of value (cash only)").
 */
public record PortfolioDimension(Dimension dim, OptionalDouble score, double scoredWeight, double weightAtOrAboveHigh,
        double highThreshold, double coveredShare, String notAssessedReason) {

    public PortfolioDimension(Dimension dim, OptionalDouble score, double scoredWeight, double weightAtOrAboveHigh,
            double highThreshold) {
        this(dim, score, scoredWeight, weightAtOrAboveHigh, highThreshold, scoredWeight,
                score.isPresent() ? null : "Not assessed: no position could be scored.");
    }

    public boolean assessed() {
        return score.isPresent();
    }
}
