package com.rotationrisk.risk.engine;

import java.util.OptionalDouble;

/**
 * Portfolio score of one dimension = sum(weight x score) over positions that have a score, divided by
 * {@code scoredWeight} (the weight share that has a score; 1.0 when every position is scored).
 * {@code weightAtOrAbove70} is the share of total weight in positions scoring >= 70.
 */
public record PortfolioDimension(Dimension dim, OptionalDouble score, double scoredWeight, double weightAtOrAbove70) {
}
