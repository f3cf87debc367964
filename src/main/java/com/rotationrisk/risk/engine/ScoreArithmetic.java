package com.rotationrisk.risk.engine;

/**
 * The arithmetic of a dimension score in words, so that what a reader sees adds up: each component's points times the
 * weight it actually carries (its configured weight renormalised over the components that could be computed), the
 * composite those contributions sum to, and the calibrated score. Screens and reports both use it.
 */
public final class ScoreArithmetic {

    private ScoreArithmetic() {
    }

    /** The weight a computed component carries in the composite: its weight over the computed weights' sum. */
    public static double weightUsed(DimensionScore score, ComponentScore c) {
        if (c.status() != ComponentStatus.OK) {
            return 0;
        }
        double sum = 0;
        for (ComponentScore other : score.components()) {
            if (other.status() == ComponentStatus.OK) {
                sum += other.weight();
            }
        }
        return sum > 0 ? c.weight() / sum : 0;
    }

    /** "71 × 0.19 → 13.3" (points × weight used → contribution); "71 (weight 0)" when the component only informs. */
    public static String line(DimensionScore score, ComponentScore c) {
        if (c.points() == null) {
            return c.status().label();
        }
        if (c.contribution() == null || c.weight() == 0) {
            return Formats.score(c.points()) + (score.dim() == Dimension.POLICY_SHOCK_EXPOSURE
                    ? " (not the worst scenario)" : " (weight 0: shown for context)");
        }
        return Formats.score(c.points()) + " × " + Formats.fixed(weightUsed(score, c), 2) + " → "
                + Formats.fixed(c.contribution(), 1);
    }

    /** How the contributions become the score, or why there is none. */
    public static String summary(DimensionScore score) {
        if (score.score().isEmpty()) {
            return score.unavailableReason();
        }
        if (score.dim() == Dimension.POLICY_SHOCK_EXPOSURE) {
            return "The score is the points of the worst policy scenario.";
        }
        double composite = score.composite().orElse(Double.NaN);
        double base = score.score().getAsDouble() - score.adjustmentPoints();
        StringBuilder out = new StringBuilder("Weight used = configured weight ÷ the weights of the components that "
                + "could be computed (" + Formats.percent(score.weightShare() * 100, 0) + " of the total). "
                + "The contributions add up to " + Formats.fixed(composite, 1));
        if (Math.abs(base - composite) >= 0.05) {
            out.append(", which the calibrated scale turns into ").append(Formats.fixed(base, 1));
        }
        if (score.adjustmentPoints() != 0) {
            out.append(", plus ").append(Formats.fixed(score.adjustmentPoints(), 1)).append(" market-regime points");
        }
        return out.append(": score ").append(Formats.score(score.score().getAsDouble())).append('.').toString();
    }
}
