package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknowns stay unknown (exposure incomplete), the regime uplift reaches positions, comomentum on real bars. */
class UnknownsAndRegimeTest {

    private static final LocalDate[] DATES = Fixtures.weekdays(LocalDate.of(2018, 1, 1), 600);

    @Test
    void aPolicyScenarioThatCannotBePricedMakesExposureIncompleteNotTheWorstOfTheRest() {
        DailyBars v = Fixtures.randomWalk("V", DATES, 3, 0.0005, 0.02);
        Map<String, InstrumentProfile> profiles = Map.of("V", new InstrumentProfile("V", "Visa", AssetType.STOCK,
                "Financials", "Transaction & Payment Processing Services", SizeBucket.LARGE));
        // no benchmarks: betas are unknown, so the scenarios with a market or spread shock cannot be priced
        PortfolioAssessment a = new RiskEngine().assess(List.of(new Holding("V", 10, null)), profiles,
                Map.of("V", v), new MarketContext(null, null), DATES[599], BuiltInScenarios.all());
        DimensionScore exposure = a.position("V").exposure();
        assertThat(exposure.score()).isEmpty();
        assertThat(exposure.unavailableWord()).isEqualTo("incomplete");
        assertThat(exposure.unavailableReason()).contains("'Central-bank independence shock'", "'Tariff shock'")
                .doesNotContain("Credit-card");
        // the scenario that could be priced is still shown, and is not turned into the score
        assertThat(exposure.component("scenario:credit-card-rate-cap").rawValue()).isEqualTo(-8.0);
        assertThat(a.dimensions().get(Dimension.POLICY_SHOCK_EXPOSURE).score()).isEmpty();
    }

    @Test
    void thePanicReboundUpliftReachesCrowdedPositionsOnly() {
        double[] c = new double[DATES.length];
        c[0] = 100;
        for (int i = 1; i < c.length; i++) { // a volatile two-year bear market, then a 21-session rebound
            c[i] = c[i - 1] * (1 + (i % 2 == 0 ? 0.03 : -0.03) + (i < c.length - 21 ? -0.002 : 0.01));
        }
        DailyBars market = DailyBars.ofCloses("SPX", DATES, c);
        DailyBars small = Fixtures.randomWalk("RUT", DATES, 2, 0.0004, 0.014);
        Map<String, InstrumentProfile> profiles = new HashMap<>();
        Map<String, DailyBars> bars = new HashMap<>();
        List<Holding> holdings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String t = "T" + i;
            profiles.put(t, new InstrumentProfile(t, t, AssetType.STOCK, "Industrials", "Machinery", SizeBucket.MID));
            bars.put(t, Fixtures.randomWalk(t, DATES, 40 + i, 0.001, 0.02));
            holdings.add(new Holding(t, 10, null));
        }
        ModelConfig d = ModelConfig.defaults();
        PortfolioAssessment a = new RiskEngine(d).assess(holdings, profiles, bars, new MarketContext(market, small),
                DATES[599], BuiltInScenarios.all());
        assertThat(a.regime().state()).isEqualTo(MarketRegime.State.PANIC_REBOUND);
        double threshold = a.positions().stream().mapToDouble(p -> p.crowding().score().getAsDouble()).sorted()
                .toArray()[2]; // two positions at or above it, two below
        ModelConfig.Regime r = d.regime();
        ModelConfig cfg = new ModelConfig(d.modelVersion(), d.windows(), d.crowding(), d.reversal(),
                d.exposureBreakpoints(), new ModelConfig.Regime(r.bearLookback(), r.varianceWindow(),
                        r.highAnnualisedVol(), r.reboundWindow(), r.panicUpliftPoints(), r.reboundUpliftPoints(),
                        threshold), d.grade(), d.flags(), d.comomentum(), d.highScoreThreshold(), d.rsiOverbought(),
                d.scoring());
        PortfolioAssessment raised = new RiskEngine(cfg).assess(holdings, profiles, bars,
                new MarketContext(market, small), DATES[599], BuiltInScenarios.all());
        int uplifted = 0;
        for (PositionAssessment p : raised.positions()) {
            double base = a.position(p.ticker()).reversal().score().getAsDouble();
            if (p.crowding().score().getAsDouble() >= threshold) {
                assertThat(p.reversal().score().getAsDouble()).isCloseTo(Math.min(100, base + 15), within(1e-9));
                assertThat(p.reversal().adjustmentReason()).contains("panic rebound", "+15.0 points");
                uplifted++;
            } else {
                assertThat(p.reversal().score().getAsDouble()).isEqualTo(base);
                assertThat(p.reversal().adjustmentReason()).isNull();
            }
        }
        assertThat(uplifted).isEqualTo(2);
    }

    @Test
    void comomentumIsComputedForTheDowStocksAtTheEndOf2000() {
        String[] dow = {"AA", "AXP", "BA", "C", "CAT", "DD", "DIS", "EK", "GE", "GM", "HD", "HON", "HWP", "IBM",
                "INTC", "IP", "JNJ", "JPM", "KO", "MCD", "MMM", "MO", "MRK", "MSFT", "PG", "SBC", "T", "UTX", "WMT",
                "XOM"};
        Map<String, InstrumentProfile> profiles = new HashMap<>();
        Map<String, DailyBars> bars = new HashMap<>();
        List<Holding> holdings = new ArrayList<>();
        for (String t : dow) {
            profiles.put(t, new InstrumentProfile(t, t, AssetType.STOCK, "S", "I", SizeBucket.LARGE));
            bars.put(t, ShortHistoryAndDefinitionsTest.bundled(t));
            holdings.add(new Holding(t, 100, null));
        }
        MarketContext market = new MarketContext(ShortHistoryAndDefinitionsTest.bundled("GSPC"),
                ShortHistoryAndDefinitionsTest.bundled("NDX"));
        PortfolioAssessment a = new RiskEngine().assess(holdings, profiles, bars, market, LocalDate.of(2000, 12, 29),
                BuiltInScenarios.all());
        ComomentumResult co = a.comomentum();
        assertThat(co.value()).isPresent();
        assertThat(co.members()).hasSize(10); // the top third of 30 by 12-1 month return
        assertThat(co.pairs()).isEqualTo(45);
    }
}
