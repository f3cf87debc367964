package com.rotationrisk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US | 1,000       | 1000",
            "en-US | $1,000.50   | 1000.50",
            "en-US | 1234.5      | 1234.5",
            "en-US | -5          | -5",
            "en-US | -$5         | -5",
            "en-US | ' 12 '      | 12",
            "en-US | .5          | 0.5",
            "en-US | 1,234,567.8 | 1234567.8",
            "de-DE | 1.000,5     | 1000.5",
            "de-DE | 12,30 €     | 12.30",
            "de-DE | 1000        | 1000",
            "de-DE | 1,000       | 1.000",
            "fr-FR | 1 000,5     | 1000.5",
    })
    void readsAmountsInTheUsersLocale(String locale, String text, String expected) {
        TypedAmount.Result result = TypedAmount.read(text, Locale.forLanguageTag(locale));
        assertThat(result.problem()).isNull();
        assertThat(result.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US | 1.000,5 | cannot be read as an amount; write it like 1,234.56",
            "en-US | 1,0,0   | cannot be read as an amount; write it like 1,234.56",
            "en-US | 12,34.5 | cannot be read as an amount; write it like 1,234.56",
            "en-US | abc     | cannot be read as an amount; write it like 1,234.56",
            "en-US | 1e5     | cannot be read as an amount; write it like 1,234.56",
            "de-DE | 1,000.5 | cannot be read as an amount; write it like 1.234,56",
            "en-US | 1234567890123456789012345678901 | has more than 30 significant digits",
    })
    void saysWhatCannotBeRead(String locale, String text, String problem) {
        TypedAmount.Result result = TypedAmount.read(text, Locale.forLanguageTag(locale));
        assertThat(result.value()).isNull();
        assertThat(result.problem()).isEqualTo(problem);
    }

    @org.junit.jupiter.api.Test
    void blankIsNoAmountAndNoProblemAndLongTextIsNotRead() {
        assertThat(TypedAmount.read("  ", Locale.US)).isEqualTo(new TypedAmount.Result(null, null));
        assertThat(TypedAmount.read("1".repeat(61), Locale.US).problem()).startsWith("is too long");
    }

    @org.junit.jupiter.api.Test
    void showsAnAmountAsItIsTypedBack() {
        assertThat(TypedAmount.shown(new BigDecimal("12.50000000"), Locale.GERMANY)).isEqualTo("12,5");
        assertThat(TypedAmount.shown(new BigDecimal("1500"), Locale.US)).isEqualTo("1500");
        assertThat(TypedAmount.shown(null, Locale.US)).isEmpty();
    }
}
