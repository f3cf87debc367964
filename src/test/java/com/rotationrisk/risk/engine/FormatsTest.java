package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** One style for percentages, money and scores on screen and in the PDF (no-break space before "%"). */
class FormatsTest {

    @Test
    void percentagesHaveOneDecimalAndASpaceBeforeTheSign() {
        assertThat(Formats.percent(12.34)).isEqualTo("12.3\u00A0%");
        assertThat(Formats.share(0.1234)).isEqualTo("12.3\u00A0%");
        assertThat(Formats.share(1)).isEqualTo("100.0\u00A0%");
        assertThat(Formats.percent(-0.04)).isEqualTo("0.0\u00A0%");
    }

    @Test
    void signedPercentagesShowPlusAndMinusButNeverOnZero() {
        assertThat(Formats.signedPercent(-12.34)).isEqualTo("-12.3\u00A0%");
        assertThat(Formats.signedPercent(7)).isEqualTo("+7.0\u00A0%");
        assertThat(Formats.signedPercent(0.04)).isEqualTo("0.0\u00A0%");
        assertThat(Formats.signedPercent(-0.04)).isEqualTo("0.0\u00A0%");
        assertThat(Formats.signedPercent((Double) null)).isEqualTo("n/a");
        assertThat(Formats.signedPercent(OptionalDouble.empty())).isEqualTo("n/a");
        assertThat(Formats.signedPercent(OptionalDouble.of(-9.24))).isEqualTo("-9.2\u00A0%");
    }

    @Test
    void moneyHasThousandsSeparatorsAndTheSignBeforeTheDollar() {
        assertThat(Formats.money(1234567.6)).isEqualTo("1,234,568");
        assertThat(Formats.money(-0.4)).isEqualTo("0");
        assertThat(Formats.signedMoney(21388)).isEqualTo("+21,388");
        assertThat(Formats.signedMoney(-21388)).isEqualTo("-21,388");
        assertThat(Formats.dollars(-21388)).isEqualTo("-$21,388");
        assertThat(Formats.dollars(500)).isEqualTo("$500");
    }

    @Test
    void scoresAreWholeNumbersAndMissingOnesSayNa() {
        assertThat(Formats.score(64.6)).isEqualTo("65");
        assertThat(Formats.score(OptionalDouble.empty())).isEqualTo("n/a");
        assertThat(Formats.fixed(Double.NaN, 2)).isEqualTo("n/a");
        assertThat(Formats.fixed(-0.001, 2)).isEqualTo("0.00");
    }

    @Test
    void theMachineLocaleDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Formats.money(1234567)).isEqualTo("1,234,567");
            assertThat(Formats.share(0.5)).isEqualTo("50.0\u00A0%");
        } finally {
            Locale.setDefault(before);
        }
    }
}
