package com.rotationrisk.risk.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A 0-100 score with its components.
 * <p>
 * {@code composite} is the weighted mean of the computed components (their contributions add up to it);
 * {@code score} is the composite mapped through the dimension's calibration scale, plus {@code adjustmentPoints}
 * (the market-regime uplift of reversal risk; 0 otherwise, explained in {@code adjustmentReason}).
 * {@code weightShare} is the share of the configured component weights that could be computed. Both are empty, and
 * {@code unavailableReason} says why, when too little could be computed for a defensible number: a dimension is never
 * shown as a number built from a minority of its evidence.
 */
public record DimensionScore(Dimension dim, OptionalDouble score, List<ComponentScore> components,
        double adjustmentPoints, String adjustmentReason, OptionalDouble composite, double weightShare,
        String unavailableReason) {

    public DimensionScore {
        components = List.copyOf(components);
        if (score.isEmpty() && unavailableReason == null) {
            unavailableReason = "No component could be computed.";
        }
    }

    /** A score equal to its composite, every weight computed (tests and simple dimensions). */
    public DimensionScore(Dimension dim, OptionalDouble score, List<ComponentScore> components) {
        this(dim, score, components, 0.0, null, score, score.isPresent() ? 1.0 : 0.0, null);
    }

    /** A dimension that could not be scored, with the reason shown wherever the score would be. */
    public static DimensionScore unavailable(Dimension dim, List<ComponentScore> components, double weightShare,
            String reason) {
        return new DimensionScore(dim, OptionalDouble.empty(), components, 0.0, null, OptionalDouble.empty(),
                weightShare, reason);
    }

    /** Prefix of the reason when a scenario could not be priced (policy-shock exposure). */
    public static final String INCOMPLETE = "Incomplete: ";

    /** The word shown where the number would be: "incomplete" or "insufficient data"; null when there is a score. */
    public String unavailableWord() {
        if (score.isPresent()) {
            return null;
        }
        return unavailableReason.startsWith(INCOMPLETE) ? "incomplete" : "insufficient data";
    }

    public ComponentScore component(String key) {
        return components.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
