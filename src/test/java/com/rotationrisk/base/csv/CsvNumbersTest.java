package com.rotationrisk.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvNumbersTest {

    private static char delimiter(String name) {
        return name.equals("TAB") ? '\t' : name.charAt(0);
    }

    @ParameterizedTest(name = "{0} in a {1} file = {2}")
    @CsvSource(delimiter = '|', value = {
            // rule 1: both separators, the last one is the decimal separator
            "1,234.5|,|1234.5", "1,234.5|;|1234.5", "1,234.5|TAB|1234.5",
            "1.234,5|,|1234.5", "1.234,5|;|1234.5", "1.234,5|TAB|1234.5",
            // rule 2: a repeated separator groups thousands, whatever the delimiter
            "1,234,567|,|1234567", "1,234,567|;|1234567", "1,234,567|TAB|1234567",
            "1.234.567|,|1234567", "1.234.567|;|1234567", "1.234.567|TAB|1234567",
            // rule 3: a single dot is a decimal point
            "1.234|,|1.234", "1.234|;|1.234", "1.234|TAB|1.234",
            // rule 4: a single comma is a decimal comma, except "d{1,3},ddd" outside ';' files
            "1,234|,|1234", "1,234|TAB|1234", "1,234|;|1.234",
            "123,456|TAB|123456", "123,456|;|123.456",
            "12,5|,|12.5", "12,5|;|12.5", "12,5|TAB|12.5",
            "1234,567|TAB|1234.567", "1,2345|TAB|1.2345",
            "$12,500|TAB|12500", "(1,234)|TAB|-1234", "-1,234|;|-1.234"})
    void oneSeparatorRule(String cell, String delimiter, String expected) {
        assertThat(CsvNumbers.parse(cell, delimiter(delimiter))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.5|10.5", "+10.5|10.5", "-3.2|-3.2", ".5|0.5", "9.873e+07|98730000", "1E3|1000",
            "$1,234.56|1234.56", "+$12.30|12.30", "-$5.00|-5.00", "$-5|-5", "(123.45)|-123.45",
            "($1,000.00)|-1000.00", "12.87%|12.87", "-0.53%|-0.53", "0|0", "007|7", "1e20|100000000000000000000",
            "1e-20|0.00000000000000000001", "123456789012345678901234567890|123456789012345678901234567890"})
    void notations(String cell, String expected) {
        assertThat(CsvNumbers.parse(cell, ',')).isEqualByComparingTo(expected);
    }

    @Test
    void neverAnExponentInTheValue() {
        assertThat(CsvNumbers.parse("1E+3", ',')).hasToString("1000");
        assertThat(CsvNumbers.parse("12.50", ',')).hasToString("12.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12d", "NaN", "Infinity", "0x10", "1,2,3", "1,23,4", "12,34.5", "1.2.3,4",
            "1.2.3,4,5", "--1", "--5", "(-5)", "$", "1 234", "1e", "e5", "1e5e3", "1e+", ".", "1,234,5"})
    void rejectsWhatIsNotANumber(String cell) {
        CsvNumbers.Parsed parsed = CsvNumbers.read(cell, ',');
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problem()).isEqualTo(CsvNumbers.Problem.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400000000", "1e-500000000", "1e21", "1E-21", "1e999", "-1e99999999999999999999999999",
            "1.5e+0000000000000000000000000000000000000021"})
    void rejectsExponentsBeyondTwenty(String cell) {
        assertThat(CsvNumbers.read(cell, ',').problem()).isEqualTo(CsvNumbers.Problem.EXPONENT_OUT_OF_RANGE);
        assertThat(CsvNumbers.Problem.EXPONENT_OUT_OF_RANGE.reason()).isEqualTo("exponent outside \u00B120");
    }

    @Test
    void rejectsMoreThanThirtySignificantDigits() {
        assertThat(CsvNumbers.read("1234567890123456789012345678901", ',').problem())
                .isEqualTo(CsvNumbers.Problem.TOO_MANY_DIGITS);
        assertThat(CsvNumbers.read("0.1234567890123456789012345678901", ',').problem())
                .isEqualTo(CsvNumbers.Problem.TOO_MANY_DIGITS);
        assertThat(CsvNumbers.read("9".repeat(1_000_000), ',').problem()).isEqualTo(CsvNumbers.Problem.TOO_MANY_DIGITS);
        assertThat(CsvNumbers.read("1,234,567,890,123,456,789,012,345,678,901", ',').problem())
                .isEqualTo(CsvNumbers.Problem.TOO_MANY_DIGITS);
        assertThat(CsvNumbers.Problem.TOO_MANY_DIGITS.reason()).isEqualTo("more than 30 significant digits");
        // leading zeros are not significant
        assertThat(CsvNumbers.parse("0".repeat(100) + "12.5", ',')).isEqualByComparingTo("12.5");
    }

    @Test
    void boundedValuesStayBounded() {
        BigDecimal largest = CsvNumbers.parse("9.99999999999999999999999999999e20", ',');
        assertThat(largest).isLessThan(new BigDecimal("1e21"));
        assertThat(largest.toPlainString()).hasSize(31);
        assertThat(CsvNumbers.parse("1e-20", ',').scale()).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "--", "---", "N/A", "n/a", "NA", "null", "\u2014"})
    void missingMarkers(String cell) {
        assertThat(CsvNumbers.isMissing(cell)).isTrue();
    }

    @Test
    void shownCellsAreShort() {
        assertThat(CsvNumbers.shown("1e400000000")).isEqualTo("1e400000000");
        assertThat(CsvNumbers.shown("9".repeat(100))).isEqualTo("9".repeat(24) + "\u2026");
    }
}
