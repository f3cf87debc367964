package com.rotationrisk.marketdata.importing;

/**
 * Which header names hold which value in a generic file, plus the date pattern
 * ({@link java.time.format.DateTimeFormatter} syntax, see {@link DatePatterns#COMMON}).
 * {@code date} and {@code close} are required; the other columns may be {@code null}.
 * Header names are matched case-insensitively, ignoring surrounding whitespace.
 */
public record ColumnMapping(String date, String open, String high, String low,
                            String close, String volume, String datePattern) {

    /** Copy with a different date pattern (handy after {@link DatePatterns#guess}). */
    public ColumnMapping withDatePattern(String pattern) {
        return new ColumnMapping(date, open, high, low, close, volume, pattern);
    }

    /** True when the two required columns (date and close) are set. */
    public boolean isComplete() {
        return notBlank(date) && notBlank(close);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
