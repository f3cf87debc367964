package com.rotationrisk.risk.engine;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Overall rotation-risk grade with the rule text used. {@code grade} is null ("not graded") when a part could not be
 * assessed; {@code rule} then says why. {@code headline} is what a reader sees first, e.g. "High" or
 * "High overall, Severe policy-shock exposure" when a part is worse than the whole.
 */
public record OverallGrade(Grade grade, OptionalDouble score, String rule, String headline) {

    public OverallGrade(Grade grade, OptionalDouble score, String rule) {
        this(grade, score, rule, grade == null ? "Not graded" : grade.label());
    }

    public boolean graded() {
        return grade != null;
    }

    /**
     * The grade bands in order, lowest first: the one home of the band rule. Every 0-100 score (the overall
     * grade, a dimension or a position's score) is banded with {@link #of(double, ModelConfig.Grade)}, so
     * screens and reports follow the model's thresholds ({@link ModelConfig.Grade}).
     */
    public enum Grade {
        LOW, MODERATE, ELEVATED, HIGH, SEVERE;

        /** The band of a 0-100 score under the configured thresholds. */
        public static Grade of(double score, ModelConfig.Grade g) {
            Grade band = LOW;
            for (Grade candidate : values()) {
                if (score >= candidate.from(g)) {
                    band = candidate;
                }
            }
            return band;
        }

        /** The lowest score in this band ({@code -Infinity} for {@link #LOW}). */
        public double from(ModelConfig.Grade g) {
            return switch (this) {
                case LOW -> Double.NEGATIVE_INFINITY;
                case MODERATE -> g.moderateFrom();
                case ELEVATED -> g.elevatedFrom();
                case HIGH -> g.highFrom();
                case SEVERE -> g.severeFrom();
            };
        }

        /** "Low", "Moderate", … */
        public String label() {
            String s = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** "low", "moderate", … (also the CSS class suffix on screen). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The rule as text: "Low < 30 <= Moderate < 50 <= Elevated < 65 <= High < 80 <= Severe". */
        public static String bands(ModelConfig.Grade g) {
            StringBuilder out = new StringBuilder(LOW.label());
            for (Grade band : values()) {
                if (band != LOW) {
                    out.append(" < ").append(number(band.from(g))).append(" <= ").append(band.label());
                }
            }
            return out.toString();
        }

        private static String number(double v) {
            return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        }
    }
}
