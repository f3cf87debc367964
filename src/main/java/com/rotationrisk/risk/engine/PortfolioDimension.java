package com.rotationrisk.risk.engine;

import java.util.OptionalDouble;

/**
 * Portfolio score of one dimension = sum(weight x score) over positions that have a score, divided by
 * {@code scoredWeight} (the weight share that has a score; 1.0 when every position is scored).
 * {@code weightAtOrAboveHigh} is the share of total weight in positions scoring at least {@code highThreshold}
 * ({@link ModelConfig#highScoreThreshold()}).
 */
public record PortfolioDimension(Dimension dim, OptionalDouble score, double scoredWeight, double weightAtOrAboveHigh,
        double highThreshold) {
}
