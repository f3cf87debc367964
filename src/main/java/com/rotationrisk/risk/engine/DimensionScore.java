package com.rotationrisk.risk.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A 0-100 score with its components. {@code score} is empty when no component had enough history.
 * {@code adjustmentPoints} is added after the weighted mean (the market-regime uplift of reversal risk; 0 otherwise)
 * and explained in {@code adjustmentReason} (null when none).
 */
public record DimensionScore(Dimension dim, OptionalDouble score, List<ComponentScore> components,
        double adjustmentPoints, String adjustmentReason) {

    public DimensionScore(Dimension dim, OptionalDouble score, List<ComponentScore> components) {
        this(dim, score, components, 0.0, null);
    }

    public ComponentScore component(String key) {
        return components.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
