package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.CsvNumbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The holdings importer's view of {@link CsvNumbers} (the one number parser and its separator rule):
 * missing markers, the importer's wording for rejected cells, and the scale of computed values.
 */
final class Amounts {

    /** Scale used for computed values (cost per share from a total, weighted averages). */
    static final int COMPUTED_SCALE = 6;

    private Amounts() {
    }

    /** Blank or a broker's "not available" marker ("--", "N/A"). */
    static boolean isMissing(String cell) {
        return CsvNumbers.isMissing(cell);
    }

    /** The value, or {@code null} when the cell is not an accepted number. The cell must not be missing. */
    static BigDecimal parse(String cell, char delimiter) {
        return CsvNumbers.parse(cell, delimiter);
    }

    /** Like {@link #parse}, adding "{label} '...' is not a number" or the bound that was exceeded. */
    static BigDecimal parse(String cell, char delimiter, String label, List<String> problems) {
        CsvNumbers.Parsed parsed = CsvNumbers.read(cell, delimiter);
        if (parsed.ok()) {
            return parsed.value();
        }
        if (parsed.problem() == CsvNumbers.Problem.NOT_A_NUMBER) {
            problems.add(label + " '" + cell + "' is not a number");
        } else {
            problems.add(label + " '" + CsvNumbers.shown(cell) + "' is out of range: " + parsed.problem().reason());
        }
        return null;
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
        return CsvNumbers.format(value);
    }
}
