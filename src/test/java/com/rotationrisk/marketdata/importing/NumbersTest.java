package com.rotationrisk.marketdata.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @ParameterizedTest(name = "{0} (delimiter {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "10.5|,|10.5",
            "+10.5|,|10.5",
            "-3.2|,|-3.2",
            ".5|,|0.5",
            "1,234.5|,|1234.5",
            "1,234|,|1234",
            "12,345,678|,|12345678",
            "1.234,5|,|1234.5",
            "12,5|,|12.5",
            "12,5|;|12.5",
            "1,234|;|1.234",
            "1.234.567|;|1234567",
            "1.234.567,89|;|1234567.89",
            "9.873e+07|,|98730000",
            "1E3|,|1000"
    })
    void parses(String cell, char delimiter, double expected) {
        assertThat(Numbers.parse(cell, delimiter)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "12d", "NaN", "Infinity", "0x10", "1,2,3", "12,34.5", "1.2.3,4", "--1", "1e999", "1 234"})
    void rejects(String cell) {
        assertThat(Numbers.parse(cell, ',')).isNull();
    }

    @Test
    void formatsForMessages() {
        assertThat(Numbers.format(12.0)).isEqualTo("12");
        assertThat(Numbers.format(100.0)).isEqualTo("100");
        assertThat(Numbers.format(-3.2)).isEqualTo("-3.2");
        assertThat(Numbers.format(10.50)).isEqualTo("10.5");
    }
}
