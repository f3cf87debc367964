package com.rotationrisk.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every rule fires at its threshold and not below it, names what changed and what drove it. */
class AlertPoliciesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @ParameterizedTest(name = "crowding {0} -> {1} with threshold 10 fires: {2}")
    @CsvSource({"50, 60, true", "50, 59.9, false", "50, 72, true", "62.3, 72.3, true", "60, 50, false"})
    void aDimensionRiseFiresAtItsThresholdAndNotBelow(double before, double after, boolean fires) {
        List<AlertDraft> alerts = AlertPolicies.evaluate(
                snapshot(MONDAY, Grade.ELEVATED, before, List.of(position("AAPL", 0.5, before, 40))),
                snapshot(TUESDAY, Grade.ELEVATED, after, List.of(position("AAPL", 0.5, after, 40))),
                only(AlertRule.DIMENSION_ROSE, 10), InstrumentComponents.NONE);
        assertThat(alerts).hasSize(fires ? 1 : 0);
        if (fires) {
            AlertDraft a = alerts.getFirst();
            assertThat(a.subject()).isEqualTo("MOMENTUM_CROWDING");
            assertThat(a.title()).startsWith("Momentum crowding rose by");
            assertThat(a.before()).isEqualTo(AlertPolicies.score(before));
            assertThat(a.after()).isEqualTo(AlertPolicies.score(after));
            assertThat(a.drivers()).contains("AAPL");
        }
    }

    @Test
    void theDriversOfARiseNameThePositionsAndTheirComponentsThatMovedMost() {
        InstrumentComponents parts = (asOf, ticker, dim) -> ticker.equals("AAPL") && dim == Dimension.MOMENTUM_CROWDING
                ? Map.of("rsi14", new InstrumentComponents.Points("RSI(14)", asOf.equals(MONDAY) ? 40.0 : 95.0),
                        "mom", new InstrumentComponents.Points("12-1 momentum", 50.0))
                : Map.of();
        List<AlertDraft> alerts = AlertPolicies.evaluate(
                snapshot(MONDAY, Grade.ELEVATED, 50, List.of(position("AAPL", 0.6, 50, 40), position("KO", 0.4, 50, 40))),
                snapshot(TUESDAY, Grade.ELEVATED, 65, List.of(position("AAPL", 0.6, 75, 40), position("KO", 0.4, 48, 40))),
                only(AlertRule.DIMENSION_ROSE, 10), parts);
        assertThat(alerts).singleElement().extracting(AlertDraft::drivers).asString()
                .startsWith("AAPL 50 → 75 at 60 % of value (RSI(14) 40 → 95 pts")
                .contains("KO 50 → 48");
    }

    @ParameterizedTest(name = "{0} -> {1} with threshold {2} band(s) fires: {3}")
    @CsvSource({"MODERATE, ELEVATED, 1, true", "MODERATE, MODERATE, 1, false", "MODERATE, ELEVATED, 2, false",
            "MODERATE, HIGH, 2, true", "HIGH, ELEVATED, 1, false"})
    void aGradeWorseningFiresAtItsNumberOfBands(Grade before, Grade after, int bands, boolean fires) {
        List<AlertDraft> alerts = AlertPolicies.evaluate(snapshot(MONDAY, before, 50, List.of()),
                snapshot(TUESDAY, after, 50, List.of()), only(AlertRule.GRADE_WORSENED, bands), InstrumentComponents.NONE);
        assertThat(alerts).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(alerts.getFirst().title()).isEqualTo("Grade worsened from " + before.label() + " to "
                    + after.label());
        }
    }

    @ParameterizedTest(name = "reversal {0} -> {1} against level 70 fires: {2}")
    @CsvSource({"69.9, 70, true", "69, 69.9, false", "70, 75, false", "50, 90, true"})
    void aPositionCrossingFiresWhenItReachesTheLevelFromBelow(double before, double after, boolean fires) {
        List<AlertDraft> alerts = AlertPolicies.evaluate(
                snapshot(MONDAY, Grade.HIGH, 50, List.of(position("IWM", 1.0, 40, before))),
                snapshot(TUESDAY, Grade.HIGH, 50, List.of(position("IWM", 1.0, 40, after))),
                only(AlertRule.POSITION_CROSSED, 70), InstrumentComponents.NONE);
        assertThat(alerts).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(alerts.getFirst().subject()).isEqualTo("IWM:REVERSAL_RISK");
            assertThat(alerts.getFirst().title()).startsWith("IWM reversal risk reached");
        }
    }

    @ParameterizedTest(name = "worst case {0} % -> {1} % with threshold 5 pp fires: {2}")
    @CsvSource({"-10, -15, true", "-10, -14.9, false", "-10, -5, false", "-20.25, -25.25, true"})
    void aDeeperWorstCaseFiresAtItsThreshold(double before, double after, boolean fires) {
        Snapshot was = withWorst(snapshot(MONDAY, Grade.HIGH, 50, List.of()), before, "Tariff shock");
        Snapshot now = withWorst(snapshot(TUESDAY, Grade.HIGH, 50, List.of()), after, "Rate-cap shock");
        List<AlertDraft> alerts = AlertPolicies.evaluate(was, now, only(AlertRule.WORST_CASE_DEEPENED, 5),
                InstrumentComponents.NONE);
        assertThat(alerts).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(alerts.getFirst().drivers()).contains("Rate-cap shock").contains("before: Tariff shock");
        }
    }

    @ParameterizedTest(name = "last price {0} days before scoring, threshold 5 days, fires: {1}")
    @CsvSource({"5, true", "4, false", "30, true"})
    void aPriceGoingStaleFiresAtItsAgeOnce(int ageDays, boolean fires) {
        Snapshot was = snapshot(MONDAY, Grade.HIGH, 50, List.of(priced("KO", MONDAY.minusDays(1))));
        Snapshot now = snapshot(TUESDAY, Grade.HIGH, 50, List.of(priced("KO", TUESDAY.minusDays(ageDays))));
        List<AlertDraft> alerts = AlertPolicies.evaluate(was, now, only(AlertRule.PRICES_STALE, 5),
                InstrumentComponents.NONE);
        assertThat(alerts).hasSize(fires ? 1 : 0);

        // already stale the day before: not raised again
        Snapshot staleBefore = snapshot(MONDAY, Grade.HIGH, 50, List.of(priced("KO", MONDAY.minusDays(20))));
        assertThat(AlertPolicies.evaluate(staleBefore, now, only(AlertRule.PRICES_STALE, 5), InstrumentComponents.NONE))
                .isEmpty();
    }

    @Test
    void aNewBehaviouralFlagFiresOnceAndAKnownOneNot() {
        Snapshot was = withFlags(snapshot(MONDAY, Grade.HIGH, 50, List.of()),
                List.of(new Snapshot.Flag("HERD_BEHAVIOUR", "IWM", "Herd: 80 % of peers")));
        Snapshot now = withFlags(snapshot(TUESDAY, Grade.HIGH, 50, List.of()),
                List.of(new Snapshot.Flag("HERD_BEHAVIOUR", "IWM", "Herd: 85 % of peers"),
                        new Snapshot.Flag("RECENCY_BIAS", "AAPL", "Bought after a 40 % run")));
        List<AlertDraft> alerts = AlertPolicies.evaluate(was, now, only(AlertRule.NEW_FLAG, 1),
                InstrumentComponents.NONE);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("RECENCY_BIAS:AAPL");
            assertThat(a.drivers()).isEqualTo("Bought after a 40 % run");
        });
    }

    @Test
    void noPreviousScoringAndDisabledRulesRaiseNothingAndUnknownScoresNeverCompare() {
        Snapshot now = snapshot(TUESDAY, Grade.SEVERE, 95, List.of(position("AAPL", 1.0, 95, 95)));
        assertThat(AlertPolicies.evaluate(null, now, allOn(), InstrumentComponents.NONE)).isEmpty();

        Snapshot was = snapshot(MONDAY, Grade.LOW, 10, List.of(position("AAPL", 1.0, 10, 10)));
        Map<AlertRule, RuleSettings.Setting> off = new EnumMap<>(AlertRule.class);
        for (AlertRule r : AlertRule.values()) {
            off.put(r, new RuleSettings.Setting(false, 1, false));
        }
        assertThat(AlertPolicies.evaluate(was, now, new RuleSettings(off), InstrumentComponents.NONE)).isEmpty();

        Snapshot unknown = new Snapshot(null, 1, TUESDAY, 1, TUESDAY, "m", null, Map.of(),
                Map.of("grade", "Not graded"), null, null, null, null, "", 1,
                List.of(new Snapshot.Position("AAPL", 1, null, null, null, null, null, null)), List.of());
        assertThat(AlertPolicies.evaluate(was, unknown, allOn(), InstrumentComponents.NONE))
                .extracting(AlertDraft::rule).containsOnly(AlertRule.PRICES_STALE);
    }

    @Test
    void thresholdsOutsideTheirBoundsAreRefusedInWords() {
        assertThat(AlertRule.DIMENSION_ROSE.refusal(0.0)).isEqualTo("Between 1 and 100 points.");
        assertThat(AlertRule.DIMENSION_ROSE.refusal(101.0)).isEqualTo("Between 1 and 100 points.");
        assertThat(AlertRule.DIMENSION_ROSE.refusal(Double.NaN)).isEqualTo("Enter a threshold in points.");
        assertThat(AlertRule.GRADE_WORSENED.refusal(1.5)).isEqualTo("A whole number of bands.");
        assertThat(AlertRule.WORST_CASE_DEEPENED.refusal(2.5)).isNull();
        assertThat(AlertRule.NEW_FLAG.refusal(null)).isNull();
    }

    static RuleSettings only(AlertRule rule, double threshold) {
        Map<AlertRule, RuleSettings.Setting> s = new EnumMap<>(AlertRule.class);
        for (AlertRule r : AlertRule.values()) {
            s.put(r, new RuleSettings.Setting(r == rule, r == rule ? threshold : 1, false));
        }
        return new RuleSettings(s);
    }

    static RuleSettings allOn() {
        Map<AlertRule, RuleSettings.Setting> s = new EnumMap<>(AlertRule.class);
        s.put(AlertRule.GRADE_WORSENED, new RuleSettings.Setting(true, 1, false));
        s.put(AlertRule.DIMENSION_ROSE, new RuleSettings.Setting(true, 10, false));
        s.put(AlertRule.POSITION_CROSSED, new RuleSettings.Setting(true, 70, false));
        s.put(AlertRule.NEW_FLAG, new RuleSettings.Setting(true, 1, false));
        s.put(AlertRule.WORST_CASE_DEEPENED, new RuleSettings.Setting(true, 5, false));
        s.put(AlertRule.PRICES_STALE, new RuleSettings.Setting(true, 5, false));
        return new RuleSettings(s);
    }

    static Snapshot snapshot(LocalDate asOf, Grade grade, double crowding, List<Snapshot.Position> positions) {
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        scores.put(Dimension.MOMENTUM_CROWDING, crowding);
        scores.put(Dimension.REVERSAL_RISK, 40.0);
        scores.put(Dimension.POLICY_SHOCK_EXPOSURE, 30.0);
        return new Snapshot(null, 1, asOf, 1, asOf, "model", grade, scores, new HashMap<>(), -10.0, "Tariff shock",
                null, 1.0, "Scored: 100 %", positions.size(), positions, List.of());
    }

    static Snapshot.Position position(String ticker, double weight, double crowding, double reversal) {
        return new Snapshot.Position(ticker, 100, 10.0, MONDAY, weight, crowding, reversal, 30.0);
    }

    static Snapshot.Position priced(String ticker, LocalDate priceDate) {
        return new Snapshot.Position(ticker, 100, 10.0, priceDate, 1.0, 40.0, 40.0, 30.0);
    }

    static Snapshot withWorst(Snapshot s, double pct, String scenario) {
        return new Snapshot(null, s.portfolioId(), s.asOf(), 1, s.scoredOn(), "model", s.grade(), s.scores(), s.reasons(),
                pct, scenario, "IWM -4.0 pp", 1.0, "", 0, s.positions(), s.flags());
    }

    static Snapshot withFlags(Snapshot s, List<Snapshot.Flag> flags) {
        return new Snapshot(null, s.portfolioId(), s.asOf(), 1, s.scoredOn(), "model", s.grade(), s.scores(), s.reasons(),
                s.worstPct(), s.worstScenario(), null, 1.0, "", 0, s.positions(), flags);
    }
}
