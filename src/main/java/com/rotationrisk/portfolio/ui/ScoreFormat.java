package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import com.vaadin.flow.component.html.Span;
import java.util.OptionalDouble;

/** Score chips, dimension names and raw values on screen; percentages, money and scores come from {@link Formats}. */
final class ScoreFormat {

    private ScoreFormat() {
    }

    /** The score chip; when the score is unavailable it reads "insufficient data" or "incomplete" with the reason. */
    static Span chip(DimensionScore score, ModelConfig.Grade bands) {
        if (score.score().isEmpty()) {
            Span na = new Span(score.unavailableWord());
            na.setTitle(score.unavailableReason());
            na.addClassNames("score-chip", "score-unavailable");
            return na;
        }
        return chip(score.score(), bands);
    }

    /** The score with its grade band under the model's thresholds, in the band's colour. */
    static Span chip(OptionalDouble score, ModelConfig.Grade bands) {
        if (score.isEmpty()) {
            Span na = new Span("n/a");
            na.setTitle("Insufficient history or a missing benchmark: no score, never a made-up one");
            na.addClassName("score-chip");
            return na;
        }
        return GradeBadge.scoreChip(score.getAsDouble(), OverallGrade.Grade.of(score.getAsDouble(), bands));
    }

    /** Grey "not assessed" where a portfolio figure would be: never a number, never green. */
    static Span notAssessed() {
        Span na = new Span("not assessed");
        na.addClassNames("score-chip", "score-unavailable");
        return na;
    }

    static String label(Dimension dim) {
        return dim.label();
    }

    static String number(Double value) {
        if (value == null) {
            return "—";
        }
        double abs = Math.abs(value);
        return abs >= 100 ? Formats.money(value) : Formats.fixed(value, abs >= 1 ? 2 : 3);
    }
}
