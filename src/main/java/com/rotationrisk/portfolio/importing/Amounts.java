package com.rotationrisk.portfolio.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Number cells as brokers and spreadsheets write them: "$1,234.56", "+$12.30", "-$5", "$-5",
 * "(123.45)" (negative), "12.5%", "1.234,56" and, in ';'-delimited files, "150,25" (decimal comma).
 * In ',' or tab-delimited text "1,234" is one thousand two hundred thirty-four (US grouping).
 */
final class Amounts {

    /** Scale used for computed values (cost per share from a total, weighted averages). */
    static final int COMPUTED_SCALE = 6;

    private static final Pattern PLAIN = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Set<String> MISSING = Set.of("", "-", "--", "---", "\u2014", "n/a", "na", "null");

    private Amounts() {
    }

    /** Blank or a broker's "not available" marker ("--", "N/A"). */
    static boolean isMissing(String cell) {
        return MISSING.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The value, or {@code null} when the cell is not a number. The cell must not be missing. */
    static BigDecimal parse(String cell, char delimiter) {
        String s = cell.strip();
        boolean negative = false;
        if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean signSeen = false;
        for (int round = 0; round < 2 && !s.isEmpty(); round++) { // "+$12.30", "-$5" and "$-5"
            char c = s.charAt(0);
            if ((c == '+' || c == '-') && !signSeen) {
                signSeen = true;
                if (c == '-') {
                    if (negative) {
                        return null; // "(-5)"
                    }
                    negative = true;
                }
                s = s.substring(1).strip();
            } else if (c == '$') {
                s = s.substring(1).strip();
            }
        }
        String normalized = normalize(s, delimiter);
        if (normalized == null || !PLAIN.matcher(normalized).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(normalized);
        return tidy(negative ? value.negate() : value);
    }

    /** No exponent in toString: 1E+2 becomes 100. */
    static BigDecimal tidy(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /** {@code value} rounded to {@link #COMPUTED_SCALE} without trailing zeros. */
    static BigDecimal computed(BigDecimal value) {
        return tidy(value.setScale(COMPUTED_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }

    /** Plain text for messages. */
    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String normalize(String s, char delimiter) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastComma < 0) {
            if (lastDot >= 0 && s.indexOf('.') != lastDot) {
                return germanGrouped(s, ""); // "1.234.567"
            }
            return s;
        }
        if (lastDot > lastComma || (lastDot < 0 && usGrouping(s, delimiter))) {
            return COMMA_GROUPED.matcher(s).matches() ? s.replace(",", "") : null; // "1,234.56"
        }
        if (lastDot >= 0) { // "1.234,56"
            int comma = lastComma;
            if (s.indexOf(',') != comma) {
                return null;
            }
            return germanGrouped(s.substring(0, comma), s.substring(comma + 1));
        }
        if (s.indexOf(',') != lastComma) {
            return null;
        }
        return s.replace(',', '.'); // "150,25"
    }

    private static boolean usGrouping(String s, char delimiter) {
        return delimiter != ';' && COMMA_GROUPED.matcher(s).matches();
    }

    private static String germanGrouped(String integerPart, String fraction) {
        if (!integerPart.matches("\\d{1,3}(\\.\\d{3})+") && !integerPart.matches("\\d+")) {
            return null;
        }
        String digits = integerPart.replace(".", "");
        return fraction.isEmpty() ? digits : digits + "." + fraction;
    }
}
