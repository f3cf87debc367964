package com.rotationrisk.marketdata.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatePatternsTest {

    @Test
    void offersTheCommonPatterns() {
        assertThat(DatePatterns.COMMON).startsWith("yyyy-MM-dd", "MM/dd/yyyy", "dd/MM/yyyy", "dd.MM.yyyy", "yyyyMMdd");
        assertThat(DatePatterns.COMMON).allMatch(DatePatterns::isValid);
    }

    @Test
    void validatesCustomPatterns() {
        assertThat(DatePatterns.isValid("dd-MMM-yyyy")).isTrue();
        assertThat(DatePatterns.isValid("uuuu/MM/dd")).isTrue();
        assertThat(DatePatterns.isValid("HH:mm")).isFalse();
        assertThat(DatePatterns.isValid("not a pattern {")).isFalse();
        assertThat(DatePatterns.isValid("")).isFalse();
    }

    @Test
    void guessesFromSamples() {
        assertThat(DatePatterns.guess(List.of("2024-03-01", "2024-02-29"))).contains("yyyy-MM-dd");
        assertThat(DatePatterns.guess(List.of("03/01/2024", "02/29/2024"))).contains("MM/dd/yyyy");
        assertThat(DatePatterns.guess(List.of("01/03/2024", "29/02/2024"))).contains("dd/MM/yyyy");
        assertThat(DatePatterns.guess(List.of("01.03.2024"))).contains("dd.MM.yyyy");
        assertThat(DatePatterns.guess(List.of("20240301"))).contains("yyyyMMdd");
        assertThat(DatePatterns.guess(List.of("3/1/2024", "12/29/2023"))).contains("M/d/yyyy");
        assertThat(DatePatterns.guess(List.of("yesterday"))).isEmpty();
        assertThat(DatePatterns.guess(List.of())).isEmpty();
    }
}
