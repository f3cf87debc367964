package com.rotationrisk.watch;

import java.util.Locale;

/**
 * The alert rules. Each compares a portfolio's new scoring with its previous one and has one threshold, which an
 * administrator sets for the firm and a portfolio's owner may override; every rule fires at its threshold and not
 * below it.
 */
public enum AlertRule {
    GRADE_WORSENED("Grade worsens", "bands", 1, 4, true),
    DIMENSION_ROSE("A dimension score rises", "points", 1, 100, false),
    POSITION_CROSSED("A position crosses a crowding or reversal level", "score", 1, 100, false),
    NEW_FLAG("A new behavioural flag", null, 1, 1, true),
    WORST_CASE_DEEPENED("The worst-case scenario loss deepens", "percentage points", 0.1, 100, false),
    PRICES_STALE("Price data for a holding goes stale", "days", 1, 365, true);

    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean wholeNumber;

    AlertRule(String label, String unit, double min, double max, boolean wholeNumber) {
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.wholeNumber = wholeNumber;
    }

    public String label() {
        return label;
    }

    /** What the threshold counts ("points"); null for a rule without a threshold. */
    public String unit() {
        return unit;
    }

    public boolean hasThreshold() {
        return unit != null;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Null when {@code threshold} is acceptable for this rule, else the sentence that says what is. */
    public String refusal(Double threshold) {
        if (!hasThreshold()) {
            return null;
        }
        if (threshold == null || !Double.isFinite(threshold)) {
            return "Enter a threshold in " + unit + ".";
        }
        if (threshold < min || threshold > max) {
            return "Between " + number(min) + " and " + number(max) + " " + unit + ".";
        }
        if (wholeNumber && threshold != Math.rint(threshold)) {
            return "A whole number of " + unit + ".";
        }
        return null;
    }

    /** "rises by 10 points or more", for the rule's description with its threshold. */
    public String describe(double threshold) {
        String t = number(threshold);
        return switch (this) {
            case GRADE_WORSENED -> "The overall grade worsens by " + t + (threshold == 1 ? " band" : " bands")
                    + " or more";
            case DIMENSION_ROSE -> "A dimension score rises by " + t + " points or more";
            case POSITION_CROSSED -> "A position's crowding or reversal score reaches " + t + " from below";
            case NEW_FLAG -> "A behavioural flag appears that was not there before";
            case WORST_CASE_DEEPENED -> "The worst-case scenario loss deepens by " + t
                    + " percentage points or more";
            case PRICES_STALE -> "A holding's last price becomes " + t + " days old or older";
        };
    }

    /** A threshold or bound as people write it: "10", "0.5". */
    public static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
