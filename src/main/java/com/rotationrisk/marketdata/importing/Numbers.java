package com.rotationrisk.marketdata.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Number cells: plain decimals, scientific notation (Stooq volumes), and grouped numbers such as
 * "1,234.5" (quoted) or "1.234,5". A single comma is a decimal comma, except in comma-delimited
 * files where "1,234" (exact thousands grouping) means one thousand two hundred thirty-four.
 */
final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");

    private Numbers() {
    }

    /** Parsed value, or {@code null} when the cell is not a finite number. Cell must not be blank. */
    static Double parse(String cell, char delimiter) {
        String s = cell.strip();
        char decimal = decimalSeparator(s, delimiter);
        char group = decimal == '.' ? ',' : '.';
        int decimalAt = s.indexOf(decimal);
        if (decimalAt != s.lastIndexOf(decimal)) {
            return null;
        }
        String integerPart = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (fraction.indexOf(group) >= 0) {
            return null;
        }
        if (integerPart.indexOf(group) >= 0) {
            if (!isGrouped(integerPart, group)) {
                return null;
            }
            integerPart = integerPart.replace(String.valueOf(group), "");
        }
        String normalized = decimalAt < 0 ? integerPart : integerPart + "." + fraction;
        if (!PLAIN.matcher(normalized).matches()) {
            return null;
        }
        double value = Double.parseDouble(normalized);
        return Double.isFinite(value) ? value : null;
    }

    private static char decimalSeparator(String s, char delimiter) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastDot > lastComma ? '.' : ',';
        }
        if (lastComma >= 0) {
            boolean manyCommas = s.indexOf(',') != lastComma;
            boolean thousands = delimiter == ',' && COMMA_GROUPED.matcher(s).matches();
            return manyCommas || thousands ? '.' : ',';
        }
        if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            return ','; // "1.234.567" = German-style grouping
        }
        return '.';
    }

    private static boolean isGrouped(String integerPart, char group) {
        String quoted = Pattern.quote(String.valueOf(group));
        return integerPart.matches("[+-]?\\d{1,3}(" + quoted + "\\d{3})+");
    }

    /** Short human form for messages: 12 instead of 12.0, no exponent. */
    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
