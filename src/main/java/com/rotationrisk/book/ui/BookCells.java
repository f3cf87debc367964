package com.rotationrisk.book.ui;

import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.BookFigure;
import com.rotationrisk.portfolio.ui.GradeBadge;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/** How the book's figures look in a cell: a missing figure reads "unknown" with its reason, never 0. */
final class BookCells {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    private BookCells() {
    }

    static Component missing(String reason) {
        Span s = new Span("unknown");
        s.addClassName("missing-figure");
        s.getElement().setAttribute("title", reason);
        s.getElement().setAttribute("aria-label", "unknown: " + reason);
        return s;
    }

    static Component figure(BookFigure f, Function<Double, String> format) {
        return f.known() ? new Span(format.apply(f.value())) : missing(f.missingReason());
    }

    static Component score(Double score, Grade band, String whyMissing) {
        if (score == null) {
            return missing(whyMissing);
        }
        return GradeBadge.scoreChip(score, band);
    }

    static Component grade(Grade grade, String whyNot) {
        return grade == null ? GradeBadge.notGraded(whyNot) : GradeBadge.of(grade);
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String role(AccessRole role) {
        return role == null ? "firm view" : role.name().toLowerCase(Locale.ROOT);
    }

    static String sharing(int grants, AccessRole role) {
        if (role != null && role != AccessRole.OWNER) {
            return "shared with you (" + role.name().toLowerCase(Locale.ROOT) + ")";
        }
        return grants == 0 ? "not shared" : "shared (" + grants + (grants == 1 ? " grant)" : " grants)");
    }

    static String age(Long days) {
        if (days == null) {
            return null;
        }
        return days == 0 ? "today" : days == 1 ? "1 day" : Formats.money(days) + " days";
    }
}
