package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A partly computed result never reads as "no risk": portfolio figures below the coverage minimum are "not assessed"
 * (with what they cover), the worst case leaves them out and says so, and the grade is withheld.
 */
class CoverageMinimumTest {

    private static final LocalDate[] DATES = Fixtures.weekdays(LocalDate.of(2018, 1, 1), 600);

    @Test
    void scenariosThatCoverOnlyTheCashAreNotAssessedAndTheGradeIsWithheld() {
        DailyBars chip = Fixtures.randomWalk("CHIP", DATES, 5, 0.0005, 0.02);
        Map<String, InstrumentProfile> profiles = Map.of(
                "CHIP", new InstrumentProfile("CHIP", "Chip Co", AssetType.STOCK, "Information Technology",
                        "Semiconductors", SizeBucket.LARGE),
                "CASH", InstrumentProfile.cash("CASH"));
        double chipValue = 100 * chip.close()[599];
        // 85 % in one semiconductor stock, 15 % cash; no benchmarks, so no betas for the factor shocks
        List<Holding> holdings = List.of(new Holding("CHIP", 100, null),
                new Holding("CASH", chipValue * 15 / 85, null));
        PortfolioAssessment a = new RiskEngine().assess(holdings, profiles, Map.of("CHIP", chip),
                new MarketContext(null, null), DATES[599], BuiltInScenarios.all());

        ScenarioResult tariff = a.scenario("tariff-shock");
        assertThat(tariff.impactPct()).isEmpty();
        assertThat(tariff.coveredShare()).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(tariff.notAssessedReason()).isEqualTo("Not assessed: covers 15\u00a0% of value (cash only); at "
                + "least 80\u00a0% is needed.");
        // the credit-card scenario has no factor shock: it is priced for every holding, a real zero
        assertThat(a.scenario("credit-card-rate-cap").impactPct().getAsDouble()).isZero();
        assertThat(a.worstCase()).isEmpty();
        PortfolioDimension exposure = a.dimensions().get(Dimension.POLICY_SHOCK_EXPOSURE);
        assertThat(exposure.score()).isEmpty();
        assertThat(exposure.notAssessedReason()).contains("15\u00a0%", "cash only");
        assertThat(a.grade().graded()).isFalse();
        assertThat(a.grade().headline()).isEqualTo("Not graded");
        assertThat(GradeNarrative.sentences(a, ModelConfig.defaults())).singleElement().asString()
                .startsWith("No grade is given: ").doesNotContain("little sign");
    }

    @Test
    void noNarrativeSentenceContradictsTheNumbersBesideIt() {
        // every calm sentence requires every part below the Moderate threshold; any part at 65+ must be named
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            DailyBars[] bars = new DailyBars[4];
            Map<String, DailyBars> byTicker = new java.util.HashMap<>();
            Map<String, InstrumentProfile> profiles = new java.util.HashMap<>();
            List<Holding> holdings = new java.util.ArrayList<>();
            for (int k = 0; k < bars.length; k++) {
                String t = "S" + k;
                byTicker.put(t, Fixtures.randomWalk(t, DATES, random.nextLong(), random.nextDouble() * 0.004 - 0.001,
                        0.01 + random.nextDouble() * 0.03));
                profiles.put(t, new InstrumentProfile(t, t, AssetType.STOCK, "Industrials", "Machinery",
                        SizeBucket.MID));
                holdings.add(new Holding(t, 1 + random.nextInt(1000), null));
            }
            PortfolioAssessment a = new RiskEngine().assess(holdings, profiles, byTicker,
                    new MarketContext(Fixtures.randomWalk("SPX", DATES, 1, 0.0003, 0.01),
                            Fixtures.randomWalk("RUT", DATES, 2, 0.0004, 0.014)), DATES[599],
                    BuiltInScenarios.all());
            String text = String.join(" ", GradeNarrative.sentences(a, ModelConfig.defaults()));
            if (!a.grade().graded()) {
                continue;
            }
            double maxDimension = a.dimensions().values().stream().mapToDouble(d -> d.score().getAsDouble()).max()
                    .orElseThrow();
            if (maxDimension >= 30) {
                assertThat(text).doesNotContain("little sign");
            }
            for (PortfolioDimension d : a.dimensions().values()) {
                if (d.score().getAsDouble() >= 65) {
                    assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains(d.dim().label()
                            .toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }
}
