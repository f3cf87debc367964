package com.rotationrisk.portfolio.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The overall grade as a coloured badge (Low green … Severe red). */
final class GradeBadge {

    private GradeBadge() {
    }

    static Span of(String grade) {
        if (grade == null) {
            Span none = new Span("not graded");
            none.getElement().getThemeList().add("badge contrast");
            return none;
        }
        String label = grade.charAt(0) + grade.substring(1).toLowerCase(Locale.ROOT);
        Span badge = new Span(label);
        badge.addClassName("grade");
        badge.addClassName("grade-" + grade.toLowerCase(Locale.ROOT));
        return badge;
    }

    /** CSS class of a 0–100 score band, matching the grade bands. */
    static String band(double score) {
        if (score >= 80) {
            return "severe";
        }
        if (score >= 65) {
            return "high";
        }
        if (score >= 50) {
            return "elevated";
        }
        if (score >= 30) {
            return "moderate";
        }
        return "low";
    }
}
