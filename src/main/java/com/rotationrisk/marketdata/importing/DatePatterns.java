package com.rotationrisk.marketdata.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Date patterns offered in the mapping step, and strict formatters built from them. */
public final class DatePatterns {

    public static final String ISO = "yyyy-MM-dd";
    public static final String COMPACT = "yyyyMMdd";

    /** Patterns offered to the user, most common first. Any other valid pattern is allowed too. */
    public static final List<String> COMMON = List.of(
            ISO, "MM/dd/yyyy", "dd/MM/yyyy", "dd.MM.yyyy", COMPACT, "M/d/yyyy", "d/M/yyyy");

    private static final LocalDate PROBE = LocalDate.of(2024, 3, 21);

    private DatePatterns() {
    }

    /** True if {@code pattern} is a valid pattern that yields a full date (year, month, day). */
    public static boolean isValid(String pattern) {
        try {
            formatter(pattern);
            return true;
        } catch (PriceFileException e) {
            return false;
        }
    }

    /**
     * First pattern of {@link #COMMON} that parses every sample, if any. When samples are
     * ambiguous (e.g. all days &le; 12), US month-first wins, so let the user confirm.
     */
    public static Optional<String> guess(Collection<String> samples) {
        List<String> values = samples.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        for (String pattern : COMMON) {
            DateTimeFormatter f = formatter(pattern);
            if (values.stream().allMatch(v -> parses(f, v))) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    /**
     * Strict formatter ('yyyy' works without an era; Feb 30 is rejected; month names are
     * case-insensitive English). Throws {@link PriceFileException} for an unusable pattern.
     */
    static DateTimeFormatter formatter(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new PriceFileException("A date pattern is required (e.g. " + ISO + ").");
        }
        DateTimeFormatter f;
        try {
            f = new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new PriceFileException("invalid date pattern '" + pattern + "': " + e.getMessage());
        }
        try {
            if (!LocalDate.parse(f.format(PROBE), f).equals(PROBE)) {
                throw new PriceFileException("date pattern '" + pattern + "' does not round-trip a date");
            }
        } catch (RuntimeException e) {
            if (e instanceof PriceFileException pfe) {
                throw pfe;
            }
            throw new PriceFileException("date pattern '" + pattern
                    + "' needs a year, a month and a day (e.g. " + ISO + ")");
        }
        return f;
    }

    private static boolean parses(DateTimeFormatter f, String value) {
        try {
            LocalDate.parse(value, f);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
