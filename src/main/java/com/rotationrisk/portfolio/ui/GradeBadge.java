package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.OverallGrade;
import com.vaadin.flow.component.html.Span;

/**
 * The overall grade as a coloured badge (Low green … Severe red) and a score as a chip in its band's colour. Colour is
 * never the only signal: a badge names its grade and a chip names its band in words, on screen and to a screen
 * reader. Every colour pair has at least 4.5:1 contrast (styles.css).
 */
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
            return notGraded(null);
        }
        Span badge = new Span(grade.label());
        badge.addClassName("grade");
        badge.addClassName("grade-" + grade.key());
        return badge;
    }

    /** "not graded" in neutral grey, with why as its tooltip and accessible description. */
    public static Span notGraded(String why) {
        Span none = new Span("not graded");
        none.getElement().getThemeList().add("badge contrast");
        if (why != null) {
            none.setTitle(why);
            none.getElement().setAttribute("aria-label", "not graded: " + why);
        }
        return none;
    }

    /** A 0–100 score with its band's name ("72 High") in the band's colour. */
    public static Span scoreChip(double score, OverallGrade.Grade band) {
        Span chip = new Span(Formats.score(score));
        Span word = new Span(" " + band.label());
        word.addClassName("band-word");
        chip.add(word);
        chip.addClassNames("score-chip", "band-" + band.key());
        chip.setTitle("Score " + Formats.score(score) + " of 100: " + band.label() + " band");
        return chip;
    }
}
