package com.rotationrisk.portfolio.importing;

import com.rotationrisk.marketdata.Ticker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Cell-level validation shared by all layouts; each method adds a human reason when it fails. */
final class PositionChecks {

    private PositionChecks() {
    }

    /** The canonical ticker ({@link Ticker#canonical}), or {@code null} with a reason. */
    static String ticker(String cell, List<String> problems) {
        String t = Ticker.canonical(cell);
        if (t.isEmpty()) {
            problems.add("missing ticker");
            return null;
        }
        Optional<String> problem = Ticker.problem(t);
        problem.ifPresent(problems::add);
        return problem.isPresent() ? null : t;
    }

    /** A positive quantity, or {@code null} with a reason. {@code label} names the column. */
    static BigDecimal quantity(String cell, String label, char delimiter, boolean cash, List<String> problems) {
        if (Amounts.isMissing(cell)) {
            problems.add("missing " + label);
            return null;
        }
        BigDecimal value = Amounts.parse(cell, delimiter, label, problems);
        if (value == null) {
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
        BigDecimal value = Amounts.parse(cell, delimiter, label, problems);
        if (value == null) {
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

    /**
     * The file's own price per share: its price column, else market value / quantity; {@code null}
     * when neither is a positive number. Information for valuing an unpriced holding, never an error.
     */
    static BigDecimal filePrice(Row row, Layout layout, BigDecimal quantity) {
        BigDecimal price = positive(row, layout.price());
        if (price == null && quantity != null && quantity.signum() > 0) {
            BigDecimal value = positive(row, layout.marketValue());
            if (value != null) {
                price = Amounts.computed(value.divide(quantity, Amounts.COMPUTED_SCALE + 2,
                        RoundingMode.HALF_EVEN));
            }
        }
        return price;
    }

    private static BigDecimal positive(Row row, int column) {
        if (column < 0 || Amounts.isMissing(row.cell(column))) {
            return null;
        }
        BigDecimal value = Amounts.parse(row.cell(column), ',');
        return value != null && value.signum() > 0 ? value : null;
    }
}
