package com.rotationrisk.risk.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NeweyWestTest {

    // x = 1, 2, 3, 4: mean 2.5, deviations -1.5, -0.5, 0.5, 1.5, sum of squares 5.
    private static final double[] X = {1, 2, 3, 4};

    @Test
    void lagZeroIsTheStandardErrorWithDivisorN() {
        NeweyWest.Estimate e = NeweyWest.of(X, 0);
        // gamma0 = 5 / 4; se = sqrt(gamma0 / 4) = sqrt(5) / 4 (the n - 1 version would be sqrt(5 / 3) / 2)
        assertThat(e.mean()).isEqualTo(2.5);
        assertThat(e.standardError()).isCloseTo(Math.sqrt(5) / 4, within(1e-12));
        assertThat(e.t()).isCloseTo(2.5 / (Math.sqrt(5) / 4), within(1e-12));
    }

    @Test
    void lagOneAddsTheBartlettWeightedFirstAutocovariance() {
        // gamma1 = (0.75 - 0.25 + 0.75) / 4 = 0.3125; weight 1 - 1/2; var = (1.25 + 2 * 0.5 * 0.3125) / 4 = 0.390625
        NeweyWest.Estimate e = NeweyWest.of(X, 1);
        assertThat(e.standardError()).isCloseTo(0.625, within(1e-12));
        assertThat(e.t()).isCloseTo(4.0, within(1e-12));
        assertThat(e.ciLow()).isCloseTo(2.5 - 1.959963984540054 * 0.625, within(1e-12));
        assertThat(e.ciHigh()).isCloseTo(2.5 + 1.959963984540054 * 0.625, within(1e-12));
    }

    @Test
    void negativeAutocorrelationShrinksTheError() {
        // alternating series: gamma1 < 0, so the HAC error is below the lag-0 error
        double[] alt = {1, -1, 1, -1, 1, -1};
        assertThat(NeweyWest.of(alt, 1).standardError()).isLessThan(NeweyWest.of(alt, 0).standardError());
        // gamma0 = 1, gamma1 = -5/6; var = (1 + 2 * 0.5 * (-5/6)) / 6 = 1/36
        assertThat(NeweyWest.of(alt, 1).standardError()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void lagForOverlappingMonthlyWindows() {
        assertThat(NeweyWest.lagForHorizon(20)).isEqualTo(2);
        assertThat(NeweyWest.lagForHorizon(21)).isEqualTo(2);
        assertThat(NeweyWest.lagForHorizon(22)).isEqualTo(3);
        assertThat(NeweyWest.lagForHorizon(60)).isEqualTo(4);
    }

    @Test
    void tooShortASeriesHasNoError() {
        assertThat(NeweyWest.of(new double[] {3}, 2).standardError()).isNaN();
        assertThat(NeweyWest.of(new double[] {3}, 2).mean()).isEqualTo(3);
    }
}
