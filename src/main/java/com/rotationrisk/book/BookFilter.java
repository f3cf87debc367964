package com.rotationrisk.book;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the dashboard shows: every criterion null/false means "any". {@code ungraded} shows the portfolios without a
 * grade; {@code severeIn} those whose score in that dimension is Severe; {@code search} matches the client's name.
 */
public record BookFilter(Grade grade, boolean ungraded, String owner, boolean staleOnly, boolean severeAnywhere,
                         Dimension severeIn, boolean notScored, String search) implements Predicate<BookRow> {

    public static final BookFilter ALL = new BookFilter(null, false, null, false, false, null, false, null);

    public static final int MAX_SEARCH = 200;

    public BookFilter {
        if (search != null && search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
    }

    @Override
    public boolean test(BookRow r) {
        if (grade != null && r.grade() != grade) {
            return false;
        }
        if (ungraded && r.grade() != null) {
            return false;
        }
        if (owner != null && !owner.equals(r.entry().ownerName())) {
            return false;
        }
        if (staleOnly && !r.stale()) {
            return false;
        }
        if (severeAnywhere && !r.severeAnywhere()) {
            return false;
        }
        if (severeIn != null && r.band(severeIn) != Grade.SEVERE) {
            return false;
        }
        if (notScored && r.entry().scored()) {
            return false;
        }
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || r.entry().clientName().toLowerCase(Locale.ROOT).contains(needle);
    }

    public boolean isAll() {
        return equals(ALL) || equals(new BookFilter(null, false, null, false, false, null, false, ""));
    }

    public BookFilter withGrade(Grade g, boolean noGrade) {
        return new BookFilter(g, noGrade, owner, staleOnly, severeAnywhere, severeIn, notScored, search);
    }

    public BookFilter withOwner(String o) {
        return new BookFilter(grade, ungraded, o, staleOnly, severeAnywhere, severeIn, notScored, search);
    }

    public BookFilter withStaleOnly(boolean s) {
        return new BookFilter(grade, ungraded, owner, s, severeAnywhere, severeIn, notScored, search);
    }

    public BookFilter withSevereAnywhere(boolean s) {
        return new BookFilter(grade, ungraded, owner, staleOnly, s, severeIn, notScored, search);
    }

    public BookFilter withSearch(String s) {
        return new BookFilter(grade, ungraded, owner, staleOnly, severeAnywhere, severeIn, notScored, s);
    }
}
