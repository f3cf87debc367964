package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.ScenarioImpact;
import com.rotationrisk.risk.engine.scenario.ScenarioMath;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private final InstrumentProfile visa = new InstrumentProfile("V", "Visa", AssetType.STOCK, "Financials",
            "Transaction & Payment Processing Services", SizeBucket.LARGE);

    private Scenario scenario(List<Shock> shocks, double market, double spread) {
        return new Scenario("t", "Test", 1, "", null, null, shocks, market, spread, false, true);
    }

    @Test
    void mostSpecificShockWins() {
        List<Shock> shocks = new ArrayList<>(List.of(new Shock(ShockTarget.SIZE_BUCKET, "LARGE", -1),
                new Shock(ShockTarget.SECTOR, "Financials", -2),
                new Shock(ShockTarget.INDUSTRY, "Transaction & Payment Processing Services", -3),
                new Shock(ShockTarget.TICKER, "V", -4)));
        assertThat(ScenarioMath.mostSpecificShock(scenario(shocks, 0, 0), "V", visa).pct()).isEqualTo(-4);
        shocks.remove(3);
        assertThat(ScenarioMath.mostSpecificShock(scenario(shocks, 0, 0), "V", visa).pct()).isEqualTo(-3);
        shocks.remove(2);
        assertThat(ScenarioMath.mostSpecificShock(scenario(shocks, 0, 0), "V", visa).pct()).isEqualTo(-2);
        shocks.remove(1);
        assertThat(ScenarioMath.mostSpecificShock(scenario(shocks, 0, 0), "V", visa).pct()).isEqualTo(-1);
        shocks.remove(0);
        assertThat(ScenarioMath.mostSpecificShock(scenario(shocks, 0, 0), "V", visa)).isNull();
    }

    @Test
    void orderInTheListDoesNotMatterOnlySpecificity() {
        List<Shock> shocks = List.of(new Shock(ShockTarget.TICKER, "V", -4), new Shock(ShockTarget.SECTOR,
                "financials", -2));
        assertThat(ScenarioMath.mostSpecificShock(scenario(shocks, 0, 0), "V", visa).pct()).isEqualTo(-4);
    }

    @Test
    void factorEffectsAddThroughBetas() {
        Scenario s = scenario(List.of(new Shock(ShockTarget.SECTOR, "Financials", -3)), -3, -4);
        ScenarioImpact i = ScenarioMath.impact(s, "V", visa, new Betas(1.2, -0.5), s.spreadShockPct(), null);
        assertThat(i.directPct()).isEqualTo(-3);
        assertThat(i.marketPartPct()).isCloseTo(-3.6, within(1e-12));
        assertThat(i.spreadPartPct()).isCloseTo(2.0, within(1e-12));
        assertThat(i.impactPct()).isCloseTo(-3 - 3.6 + 2.0, within(1e-12));
    }

    @Test
    void missingBetaGivesNoImpactInsteadOfAGuess() {
        Scenario s = scenario(List.of(), -3, 0);
        ScenarioImpact i = ScenarioMath.impact(s, "V", visa, new Betas(null, null), 0.0, null);
        assertThat(i.impactPct()).isNull();
        Scenario directOnly = scenario(List.of(new Shock(ShockTarget.TICKER, "V", -5)), 0, 0);
        assertThat(ScenarioMath.impact(directOnly, "V", visa, new Betas(null, null), 0.0, null).impactPct())
                .isEqualTo(-5.0);
    }

    @Test
    void rotationUnwindGivesBackPositiveSpreadOnly() {
        Scenario unwind = BuiltInScenarios.byId("rotation-unwind");
        assertThat(ScenarioMath.effectiveSpreadShock(unwind, 6.3)).isEqualTo(-6.3);
        assertThat(ScenarioMath.effectiveSpreadShock(unwind, -2.0)).isEqualTo(-0.0);
        assertThat(ScenarioMath.effectiveSpreadShock(unwind, null)).isNull();
    }

    @Test
    void builtInScenariosMatchTheSpec() {
        assertThat(BuiltInScenarios.all()).extracting(Scenario::id).containsExactly("credit-card-rate-cap",
                "central-bank-independence", "tariff-shock", "rotation-unwind", "growth-disappointment");
        Scenario card = BuiltInScenarios.byId("credit-card-rate-cap");
        assertThat(ScenarioMath.mostSpecificShock(card, "V", visa).pct()).isEqualTo(-8);
        InstrumentProfile cof = new InstrumentProfile("COF", "Capital One", AssetType.STOCK, "Financials",
                "Consumer Finance", SizeBucket.LARGE);
        assertThat(ScenarioMath.mostSpecificShock(card, "COF", cof).pct()).isEqualTo(-12);
        assertThat(card.analogStart()).isEqualTo(LocalDate.of(2026, 1, 9));
        Scenario tariff = BuiltInScenarios.byId("tariff-shock");
        assertThat(tariff.marketShockPct()).isEqualTo(-10);
        assertThat(tariff.analogStart()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(tariff.analogEnd()).isEqualTo(LocalDate.of(2025, 4, 8));
        InstrumentProfile nvda = new InstrumentProfile("NVDA", "NVIDIA", AssetType.STOCK, "Information Technology",
                "Semiconductors", SizeBucket.LARGE);
        assertThat(ScenarioMath.mostSpecificShock(tariff, "NVDA", nvda).pct()).isEqualTo(-14);
        Scenario cb = BuiltInScenarios.byId("central-bank-independence");
        assertThat(cb.marketShockPct()).isEqualTo(-3);
        assertThat(cb.spreadShockPct()).isEqualTo(-4);
        assertThat(BuiltInScenarios.byId("rotation-unwind").spreadGivesBackYtd()).isTrue();
        assertThat(BuiltInScenarios.byId("growth-disappointment").marketShockPct()).isEqualTo(-5);
    }

    @Test
    void analogActualReturnOnlyWhenCoveredAndNotAfterAsOf() {
        LocalDate[] dates = Fixtures.weekdays(LocalDate.of(2025, 1, 2), 100);
        DailyBars b = Fixtures.randomWalk("X", dates, 3, 0, 0.01);
        Scenario tariff = BuiltInScenarios.byId("tariff-shock");
        int end = b.size() - 1;
        int s = b.lastIndexOnOrBefore(LocalDate.of(2025, 4, 2));
        int e = b.lastIndexOnOrBefore(LocalDate.of(2025, 4, 8));
        assertThat(ScenarioMath.analogActualPct(tariff, b, end, dates[end]))
                .isCloseTo((b.close()[e] / b.close()[s] - 1) * 100, within(1e-12));
        assertThat(ScenarioMath.analogActualPct(tariff, b, s + 2, dates[s + 2])).isNull();
        DailyBars late = Fixtures.head(b, 10);
        assertThat(ScenarioMath.analogActualPct(tariff, late, 9, LocalDate.of(2025, 6, 1))).isNull();
    }
}
