package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import com.vaadin.flow.component.html.Span;

/** The overall grade as a coloured badge (Low green … Severe red), with its name in words. */
public final class GradeBadge {

    private GradeBadge() {
    }

    /** The headline ("High", "Moderate overall, Severe policy-shock exposure", "Not graded") in the grade's colour. */
    static Span of(OverallGrade g) {
        Span badge = of(g.grade());
        badge.setText(g.headline());
        return badge;
    }

    public static Span of(OverallGrade.Grade grade) {
        if (grade == null) {
            Span none = new Span("not graded");
            none.getElement().getThemeList().add("badge contrast");
            return none;
        }
        Span badge = new Span(grade.label());
        badge.addClassName("grade");
        badge.addClassName("grade-" + grade.key());
        return badge;
    }

    /** CSS class of a 0–100 score band: the grade band under the model's thresholds. */
    static String band(double score, ModelConfig.Grade thresholds) {
        return OverallGrade.Grade.of(score, thresholds).key();
    }
}
