package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.marketdata.BarQualityGate.Candidate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BarQualityGateTest {

    private static final LocalDate MON = LocalDate.of(2026, 1, 5);
    private final BarQualityGate gate = new BarQualityGate(0.45);

    private static Candidate bar(LocalDate date, Double close) {
        return new Candidate(date, close, close, close, close, 1000L);
    }

    @Test
    void plausibleBarsPass() {
        var r = gate.check(List.of(bar(MON, 100.0), bar(MON.plusDays(1), 104.0), bar(MON.plusDays(4), 99.0)),
                MON.minusDays(3), 98.0, Set.of());
        assertThat(r.accepted()).hasSize(3);
        assertThat(r.heldBack()).isEmpty();
    }

    @Test
    void missingNonPositiveDuplicateAndOutOfOrderBarsAreHeldBackWithTheRule() {
        var r = gate.check(List.of(bar(MON, 100.0), bar(MON.plusDays(1), null), bar(MON.plusDays(2), 0.0),
                bar(MON.plusDays(3), -5.0), bar(MON, 101.0), bar(MON.minusDays(1), 99.0),
                new Candidate(MON.plusDays(4), 100.0, 99.0, 101.0, 100.0, 5L)), null, null, Set.of());
        assertThat(r.accepted()).extracting(BarRow::date).containsExactly(MON);
        assertThat(r.heldBack()).extracting(BarQualityGate.HeldBack::reason).containsExactly(
                "close missing", "close 0.0 is not a positive price", "close -5.0 is not a positive price",
                "date 2026-01-05 appears more than once", "date 2026-01-04 comes after 2026-01-05 (out of order)",
                "high 99.0 is below low 101.0");
    }

    @Test
    void anUnrecordedSplitHoldsBackTheNewPriceLevelButARecordedOneDoesNot() {
        List<Candidate> halved = List.of(bar(MON, 100.0), bar(MON.plusDays(1), 50.0), bar(MON.plusDays(2), 51.0));
        var r = gate.check(halved, MON.minusDays(3), 99.0, Set.of());
        assertThat(r.accepted()).extracting(BarRow::date).containsExactly(MON);
        assertThat(r.heldBack()).hasSize(2);
        assertThat(r.heldBack().getFirst().reason())
                .isEqualTo("one-day move of -50.0 % with no split recorded (likely an unadjusted split; limit ±45 %)");
        assertThat(gate.check(halved, MON.minusDays(3), 99.0, Set.of(MON.plusDays(1))).heldBack()).isEmpty();
    }

    @Test
    void aHeldBackPriceLevelStaysHeldBackPastAWeek() {
        List<Candidate> bars = new java.util.ArrayList<>(List.of(bar(MON, 100.0)));
        for (int d = 1; d <= 30; d++) {
            bars.add(bar(MON.plusDays(d), 50.0 + d * 0.01));
        }
        var r = gate.check(bars, null, null, Set.of());
        assertThat(r.accepted()).hasSize(1);
        assertThat(r.heldBack()).hasSize(30);
    }

    @Test
    void theMoveRuleIsAppliedToTheStoredBarBeforeButNotAcrossAGapOfYears() {
        assertThat(gate.check(List.of(bar(MON, 200.0)), MON.minusDays(3), 100.0, Set.of()).heldBack()).hasSize(1);
        assertThat(gate.check(List.of(bar(MON, 200.0)), LocalDate.of(2018, 5, 11), 100.0, Set.of()).heldBack())
                .isEmpty();
    }

    @Test
    void theLimitMustBeAPositiveFraction() {
        assertThatThrownBy(() -> new BarQualityGate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
