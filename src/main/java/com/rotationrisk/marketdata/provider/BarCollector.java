package com.rotationrisk.marketdata.provider;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a provider's rows of text into {@link ProviderBar}s. A row that cannot be read (bad date, a
 * value that is not a number, no close, a date seen before) becomes a malformed-row entry with a short
 * reason; values are not judged for plausibility. At most {@value #MAX_LISTED} malformed rows are listed,
 * then one line with the number left out.
 */
final class BarCollector {

    static final int MAX_LISTED = 1000;

    private final List<ProviderBar> bars = new ArrayList<>();
    private final List<String> malformed = new ArrayList<>();
    private final Map<LocalDate, String> firstRowOfDate = new HashMap<>();
    private int malformedCount;

    /**
     * Reads one row; {@code label} names it in messages ("row 3"). Empty or {@code null} cells mean
     * "not given", except the date and the close, which every bar needs.
     */
    void add(String label, String date, String open, String high, String low, String close, String volume) {
        List<String> problems = new ArrayList<>(2);
        LocalDate day = date(date, problems);
        Double o = number("open", open, problems);
        Double h = number("high", high, problems);
        Double l = number("low", low, problems);
        Double c = number("close", close, problems);
        if (c == null && problems.stream().noneMatch(p -> p.startsWith("close"))) {
            problems.add("close is missing");
        }
        Double v = number("volume", volume, problems);
        if (!problems.isEmpty()) {
            malformed(label, String.join("; ", problems));
            return;
        }
        add(label, new ProviderBar(day, o, h, l, c, v == null ? null : Math.round(v)));
    }

    /** Adds a bar read elsewhere; a second bar for the same date is reported instead. */
    void add(String label, ProviderBar bar) {
        String first = firstRowOfDate.putIfAbsent(bar.date(), label);
        if (first != null) {
            malformed(label, "date " + bar.date() + " appears again (first in " + first + ")");
            return;
        }
        bars.add(bar);
    }

    void malformed(String label, String reason) {
        malformedCount++;
        if (malformed.size() < MAX_LISTED) {
            malformed.add(label + ": " + reason);
        }
    }

    List<ProviderBar> bars() {
        return bars;
    }

    List<String> malformedRows() {
        if (malformedCount <= malformed.size()) {
            return malformed;
        }
        List<String> listed = new ArrayList<>(malformed);
        listed.add("… and " + (malformedCount - malformed.size()) + " more malformed rows not listed");
        return listed;
    }

    private static LocalDate date(String text, List<String> problems) {
        String cell = text == null ? "" : text.strip();
        if (cell.isEmpty()) {
            problems.add("date is missing");
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            problems.add("date '" + shorten(cell) + "' is not a date (expected yyyy-MM-dd)");
            return null;
        }
    }

    private static Double number(String name, String text, List<String> problems) {
        String cell = text == null ? "" : text.strip();
        if (cell.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value) && isPlainNumber(cell)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " '" + shorten(cell) + "' is not a number");
        return null;
    }

    /** Digits with an optional sign, point and exponent: no "NaN", "Infinity", hex or type suffixes. */
    private static boolean isPlainNumber(String cell) {
        return cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
