package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.ModelConfig;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.OptionalDouble;

/** How scores, percentages and money read on screen. */
final class ScoreFormat {

    private ScoreFormat() {
    }

    static Span chip(DimensionScore score, ModelConfig.Grade bands) {
        return chip(score.score(), bands);
    }

    /** The score in the colour of its grade band under the model's thresholds. */
    static Span chip(OptionalDouble score, ModelConfig.Grade bands) {
        if (score.isEmpty()) {
            Span na = new Span("n/a");
            na.setTitle("Insufficient history or a missing benchmark: no score, never a made-up one");
            na.addClassName("score-chip");
            return na;
        }
        Span chip = new Span(score(score.getAsDouble()));
        chip.addClassNames("score-chip", "band-" + GradeBadge.band(score.getAsDouble(), bands));
        return chip;
    }

    static String score(double score) {
        return String.format(Locale.US, "%.0f", score);
    }

    static String label(Dimension dim) {
        return switch (dim) {
            case MOMENTUM_CROWDING -> "Momentum crowding";
            case REVERSAL_RISK -> "Reversal risk";
            case POLICY_SHOCK_EXPOSURE -> "Policy-shock exposure";
        };
    }

    static String pct(double fraction) {
        return String.format(Locale.US, "%.1f %%", fraction * 100);
    }

    static String signedPct(double percent) {
        return String.format(Locale.US, "%+.2f %%", percent);
    }

    static String money(double value) {
        return String.format(Locale.US, "%,.0f", value);
    }

    /** "-$21,388" rather than "$-21,388". */
    static String dollars(double value) {
        return (value < 0 ? "-$" : "$") + money(Math.abs(value));
    }

    static String number(Double value) {
        if (value == null) {
            return "—";
        }
        double abs = Math.abs(value);
        return String.format(Locale.US, abs >= 100 ? "%,.0f" : abs >= 1 ? "%.2f" : "%.3f", value);
    }
}
