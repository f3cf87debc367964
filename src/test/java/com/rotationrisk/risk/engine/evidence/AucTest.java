package com.rotationrisk.risk.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AucTest {

    private static final boolean T = true, F = false;

    @Test
    void perfectlySeparatingScoreIsOne() {
        assertThat(Auc.of(new double[] {1, 2, 3, 4}, new boolean[] {F, F, T, T})).isEqualTo(1.0);
    }

    @Test
    void reversedScoreIsZero() {
        assertThat(Auc.of(new double[] {1, 2, 3, 4}, new boolean[] {T, T, F, F})).isEqualTo(0.0);
    }

    @Test
    void allTiedIsOneHalf() {
        assertThat(Auc.of(new double[] {5, 5, 5, 5}, new boolean[] {T, F, T, F})).isEqualTo(0.5);
    }

    @Test
    void handCountedPairs() {
        // events {3, 1}, non-events {2, 0}: pairs (3,2) (3,0) (1,0) won, (1,2) lost -> 3 / 4
        assertThat(Auc.of(new double[] {3, 1, 2, 0}, new boolean[] {T, T, F, F})).isEqualTo(0.75);
        // event {2}, non-events {2, 1}: a tie (1/2) and a win -> 1.5 / 2
        assertThat(Auc.of(new double[] {2, 2, 1}, new boolean[] {T, F, F})).isEqualTo(0.75);
        // events {1, 4}, non-events {2, 3, 4}: 1 wins none; 4 beats 2 and 3 and ties 4 -> 2.5 / 6
        assertThat(Auc.of(new double[] {1, 4, 2, 3, 4}, new boolean[] {T, T, F, F, F})).isEqualTo(2.5 / 6);
    }

    @Test
    void oneClassOnlyHasNoAuc() {
        assertThat(Auc.of(new double[] {1, 2}, new boolean[] {T, T})).isNaN();
    }
}
