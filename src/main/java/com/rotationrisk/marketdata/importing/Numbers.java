package com.rotationrisk.marketdata.importing;

import com.rotationrisk.base.csv.CsvNumbers;

import java.math.BigDecimal;
import java.util.List;

/**
 * The price importer's {@code double} view of {@link CsvNumbers} (the one number parser and its
 * separator rule), with the importer's wording for rejected cells.
 */
final class Numbers {

    private Numbers() {
    }

    /** Parsed value, or {@code null} when the cell is not an accepted number. Cell must not be blank. */
    static Double parse(String cell, char delimiter) {
        BigDecimal value = CsvNumbers.parse(cell, delimiter);
        return value == null ? null : value.doubleValue(); // bounded: always finite
    }

    /** Like {@link #parse}, adding "not a number in {label} (...)" or the bound that was exceeded. */
    static Double parse(String cell, char delimiter, String label, List<String> problems) {
        CsvNumbers.Parsed parsed = CsvNumbers.read(cell, delimiter);
        if (parsed.ok()) {
            return parsed.value().doubleValue();
        }
        if (parsed.problem() == CsvNumbers.Problem.NOT_A_NUMBER) {
            problems.add("not a number in " + label + " ('" + cell + "')");
        } else {
            problems.add("number out of range in " + label + " ('" + CsvNumbers.shown(cell) + "'): "
                    + parsed.problem().reason());
        }
        return null;
    }

    /** Short human form for messages: 12 instead of 12.0, no exponent. */
    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
