package com.rotationrisk.portfolio.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cell-level validation shared by all layouts; each method adds a human reason when it fails. */
final class PositionChecks {

    static final int MAX_TICKER_LENGTH = 20;
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9.^-]+");

    private PositionChecks() {
    }

    /** Upper-cased ticker without Fidelity's trailing "**", or {@code null} with a reason. */
    static String ticker(String cell, List<String> problems) {
        String t = cell.strip().toUpperCase(Locale.ROOT);
        while (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            problems.add("missing ticker");
            return null;
        }
        if (!TICKER.matcher(t).matches()) {
            problems.add("ticker '" + cell.strip() + "' has invalid characters"
                    + " (allowed: letters, digits, '.', '-' and '^')");
            return null;
        }
        if (t.length() > MAX_TICKER_LENGTH) {
            problems.add("ticker '" + cell.strip() + "' is longer than " + MAX_TICKER_LENGTH + " characters");
            return null;
        }
        return t;
    }

    /** A positive quantity, or {@code null} with a reason. {@code label} names the column. */
    static BigDecimal quantity(String cell, String label, char delimiter, boolean cash, List<String> problems) {
        if (Amounts.isMissing(cell)) {
            problems.add("missing " + label);
            return null;
        }
        BigDecimal value = Amounts.parse(cell, delimiter);
        if (value == null) {
            problems.add(label + " '" + cell + "' is not a number");
            return null;
        }
        if (value.signum() == 0) {
            problems.add(label + " is zero");
            return null;
        }
        if (value.signum() < 0) {
            problems.add(cash
                    ? "cash balance is negative (" + Amounts.format(value) + "): margin debit is not supported"
                    : label + " is negative (" + Amounts.format(value) + "): short positions are not supported");
            return null;
        }
        return value;
    }

    /** Cost (zero allowed, e.g. gifted shares); {@code null} when missing or wrong (then with a reason). */
    static BigDecimal cost(String cell, String label, char delimiter, List<String> problems) {
        if (Amounts.isMissing(cell)) {
            return null;
        }
        BigDecimal value = Amounts.parse(cell, delimiter);
        if (value == null) {
            problems.add(label + " '" + cell + "' is not a number");
            return null;
        }
        if (value.signum() < 0) {
            problems.add(label + " is negative (" + Amounts.format(value) + ")");
            return null;
        }
        return value;
    }

    /** "wrong number of columns" when the row lacks cells or has non-empty cells past {@code expected}. */
    static boolean columnCount(Row row, int expected, boolean shortRowsOk, int required, List<String> problems) {
        int width = row.width();
        boolean tooMany = width > expected;
        boolean tooFew = shortRowsOk ? width < required : row.cells().size() < expected;
        if (tooMany || tooFew) {
            problems.add("wrong number of columns (" + (tooMany ? width : row.cells().size())
                    + ", expected " + expected + ")");
            return false;
        }
        return true;
    }
}
