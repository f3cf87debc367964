package com.rotationrisk.portfolio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|,|12",
            "12.50|,|12.50",
            "$1,234.56|,|1234.56",
            "+$12.30|,|12.30",
            "-$5.00|,|-5.00",
            "$-5|,|-5",
            "(123.45)|,|-123.45",
            "($1,000.00)|,|-1000.00",
            "12.87%|,|12.87",
            "-0.53%|,|-0.53",
            "1,234|,|1234",
            "1,234|TAB|1234",
            "1,234|;|1.234",
            "120,50|;|120.50",
            "1.234,56|;|1234.56",
            "1.234.567|;|1234567",
            ".5|,|.5",
            "1E+3|,|1000"})
    void parses(String cell, String delimiter, String expected) {
        assertThat(Amounts.parse(cell, delimiter.equals("TAB") ? '\t' : delimiter.charAt(0))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,23,4", "12abc", "$", "1.2.3,4,5", "(-5)", "--5", "1 000"})
    void rejects(String cell) {
        assertThat(Amounts.parse(cell, ',')).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "--", "N/A", "n/a", "-", "\u2014"})
    void missingMarkers(String cell) {
        assertThat(Amounts.isMissing(cell)).isTrue();
    }
}
