package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.HoldingIssue.IssueCode;
import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import com.rotationrisk.risk.engine.scenario.ScenarioImpact;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End-to-end tests on SYNTHETIC random-walk data (dates 2020-01-02 .. ~2025-10). */
class RiskEngineTest {

    private static final LocalDate[] DATES = Fixtures.weekdays(LocalDate.of(2020, 1, 2), 1500);
    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 30); // a Wednesday inside the data
    private final RiskEngine engine = new RiskEngine();

    private final Map<String, InstrumentProfile> profiles = new HashMap<>();
    private final Map<String, DailyBars> bars = new HashMap<>();
    private final DailyBars large = Fixtures.randomWalk("SPX", DATES, 1, 0.0003, 0.01);
    private final DailyBars small = Fixtures.randomWalk("RUT", DATES, 2, 0.0004, 0.014);

    RiskEngineTest() {
        add("V", "Financials", "Transaction & Payment Processing Services", SizeBucket.LARGE, 11);
        add("COF", "Financials", "Consumer Finance", SizeBucket.LARGE, 12);
        add("NVDA", "Information Technology", "Semiconductors", SizeBucket.LARGE, 13);
        add("IWM", "Financials", "Regional Banks", SizeBucket.SMALL, 14);
        add("CAT", "Industrials", "Construction Machinery & Heavy Transportation Equipment", SizeBucket.LARGE, 15);
        add("TGT", "Consumer Staples", "Consumer Staples Merchandise Retail", SizeBucket.LARGE, 16);
        profiles.put("USD", InstrumentProfile.cash("USD"));
    }

    private void add(String t, String sector, String industry, SizeBucket size, long seed) {
        profiles.put(t, new InstrumentProfile(t, t, AssetType.STOCK, sector, industry, size));
        bars.put(t, Fixtures.randomWalk(t, DATES, seed, 0.0005, 0.02));
    }

    private List<Holding> holdings() {
        return List.of(new Holding("V", 100, 300.0), new Holding("COF", 50, null), new Holding("NVDA", 80, 90.0),
                new Holding("IWM", 120, null), new Holding("CAT", 30, null), new Holding("TGT", 40, null),
                new Holding("USD", 5000, null));
    }

    @Test
    void noLookAheadAppendingBarsAfterAsOfChangesNothing() {
        MarketContext full = new MarketContext(large, small);
        PortfolioAssessment withFuture = engine.assess(holdings(), profiles, bars, full, AS_OF,
                BuiltInScenarios.all());
        int cut = large.lastIndexOnOrBefore(AS_OF) + 1;
        Map<String, DailyBars> truncated = new HashMap<>();
        bars.forEach((t, b) -> truncated.put(t, Fixtures.head(b, cut)));
        MarketContext past = new MarketContext(Fixtures.head(large, cut), Fixtures.head(small, cut));
        PortfolioAssessment pastOnly = engine.assess(holdings(), profiles, truncated, past, AS_OF,
                BuiltInScenarios.all());
        assertThat(cut).isLessThan(DATES.length - 10);
        assertThat(withFuture).isEqualTo(pastOnly);
        assertThat(withFuture.scenario("tariff-shock").analogActualPct()).isPresent();
    }

    @Test
    void portfolioRollUpIsConsistent() {
        PortfolioAssessment a = engine.assess(holdings(), profiles, bars, new MarketContext(large, small), AS_OF,
                BuiltInScenarios.all());
        assertThat(a.modelVersion()).isEqualTo(ModelConfig.MODEL_VERSION);
        assertThat(a.issues()).isEmpty();
        assertThat(a.positions()).hasSize(7);
        assertThat(a.positions().stream().mapToDouble(PositionAssessment::weight).sum()).isCloseTo(1, within(1e-12));
        PositionAssessment cash = a.position("USD");
        assertThat(cash.price()).isEqualTo(1.0);
        assertThat(cash.marketValue()).isEqualTo(5000);
        assertThat(cash.crowding().score().getAsDouble()).isZero();
        for (PositionAssessment p : a.positions()) {
            assertThat(p.crowding().score()).isPresent();
            assertThat(p.reversal().score()).isPresent();
            assertThat(p.exposure().score()).isPresent();
        }
        for (ScenarioResult r : a.scenarios()) {
            double expected = 0;
            for (PositionAssessment p : a.positions()) {
                ScenarioImpact i = p.impact(r.scenarioId());
                expected += p.weight() * i.impactPct();
            }
            assertThat(r.impactPct().getAsDouble()).isCloseTo(expected, within(1e-9));
            assertThat(r.impactCurrency().getAsDouble()).isCloseTo(expected / 100 * a.totalMarketValue(),
                    within(1e-6));
            assertThat(r.topContributors()).hasSizeLessThanOrEqualTo(5);
        }
        double worst = a.scenarios().stream().mapToDouble(r -> r.impactPct().getAsDouble()).min().orElseThrow();
        assertThat(a.worstCase()).isPresent();
        assertThat(a.worstCase().get().impactPct()).isEqualTo(worst);
        double crowd = a.positions().stream()
                .mapToDouble(p -> p.weight() * p.crowding().score().getAsDouble()).sum();
        assertThat(a.dimensions().get(Dimension.MOMENTUM_CROWDING).score().getAsDouble()).isCloseTo(crowd,
                within(1e-9));
        double hhi = a.positions().stream().mapToDouble(p -> p.marketValue() / a.totalMarketValue())
                .map(w -> w * w).sum();
        assertThat(a.concentration().herfindahl()).isCloseTo(hhi, within(1e-12));
        assertThat(a.concentration().sizeWeights()).containsKey("CASH");
        double[] w = a.positions().stream().filter(p -> !p.ticker().equals("USD")).mapToDouble(p -> p.weight())
                .sorted().toArray();
        double largest = w[w.length - 1], top5 = 0;
        for (int i = w.length - 1; i >= Math.max(0, w.length - 5); i--) {
            top5 += w[i];
        }
        // largest holding 10 % -> 0, 25 % -> 50, 50 % -> 80, 100 % -> 100; top five 50 % -> 0, 80 % -> 50, 100 % -> 80
        double concentration = Math.max(
                largest <= 0.10 ? 0 : largest <= 0.25 ? (largest - 0.10) / 0.15 * 50
                        : largest <= 0.50 ? 50 + (largest - 0.25) / 0.25 * 30 : 80 + (largest - 0.50) / 0.50 * 20,
                top5 <= 0.50 ? 0 : top5 <= 0.80 ? (top5 - 0.50) / 0.30 * 50 : 50 + (top5 - 0.80) / 0.20 * 30);
        double[] parts = {a.dimensions().get(Dimension.MOMENTUM_CROWDING).score().getAsDouble(),
                a.dimensions().get(Dimension.REVERSAL_RISK).score().getAsDouble(),
                a.dimensions().get(Dimension.POLICY_SHOCK_EXPOSURE).score().getAsDouble(), concentration};
        double overall = 0.30 * parts[0] + 0.30 * parts[1] + 0.25 * parts[2] + 0.15 * parts[3];
        double[] from = {0, 30, 50, 65, 80};
        int band = overall < 30 ? 0 : overall < 50 ? 1 : overall < 65 ? 2 : overall < 80 ? 3 : 4;
        double worstPart = Math.max(Math.max(parts[0], parts[1]), Math.max(parts[2], parts[3]));
        int floor = (worstPart < 30 ? 0 : worstPart < 50 ? 1 : worstPart < 65 ? 2 : worstPart < 80 ? 3 : 4) - 1;
        assertThat(a.grade().grade().ordinal()).isEqualTo(Math.max(band, floor));
        assertThat(a.grade().score().getAsDouble()).isCloseTo(band >= floor ? overall : from[floor], within(1e-9));
        assertThat(a.grade().rule()).startsWith("Overall = (");
        // the credit-card scenario hits V through its industry
        assertThat(a.position("V").impact("credit-card-rate-cap").directPct()).isEqualTo(-8.0);
        assertThat(a.position("COF").impact("credit-card-rate-cap").directPct()).isEqualTo(-12.0);
        // component contributions add up to the score
        PositionAssessment v = a.position("V");
        double sum = v.crowding().components().stream().filter(c -> c.contribution() != null)
                .mapToDouble(ComponentScore::contribution).sum();
        assertThat(sum).isCloseTo(v.crowding().composite().getAsDouble(), within(1e-9));
        assertThat(v.crowding().components()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void badInputIsReportedPerHoldingAndTheRestIsStillScored() {
        Map<String, DailyBars> b = new HashMap<>(bars);
        profiles.put("LATE", new InstrumentProfile("LATE", "Late IPO", AssetType.STOCK, "Industrials", "Airlines",
                SizeBucket.SMALL));
        b.put("LATE", Fixtures.randomWalk("LATE", Fixtures.weekdays(LocalDate.of(2025, 6, 2), 50), 5, 0, 0.02));
        profiles.put("NOBARS", new InstrumentProfile("NOBARS", "x", AssetType.STOCK, "Energy", "Oil", SizeBucket.MID));
        List<Holding> holdings = List.of(new Holding("V", 100, null), new Holding("V", 7, null),
                new Holding("ZZZZ", 10, null), new Holding("COF", 0, null), new Holding("NVDA", -5, null),
                new Holding("LATE", 10, null), new Holding("NOBARS", 3, null), new Holding("CAT", 10, null));
        LocalDate saturday = LocalDate.of(2025, 5, 3);
        PortfolioAssessment a = engine.assess(holdings, profiles, b, new MarketContext(large, null), saturday,
                BuiltInScenarios.all());
        assertThat(a.positions()).extracting(PositionAssessment::ticker).containsExactly("V", "CAT");
        assertThat(a.position("V").quantity()).isEqualTo(100);
        assertThat(a.issues()).extracting(HoldingIssue::ticker, HoldingIssue::code).contains(
                org.assertj.core.groups.Tuple.tuple("V", IssueCode.DUPLICATE_TICKER),
                org.assertj.core.groups.Tuple.tuple("ZZZZ", IssueCode.UNKNOWN_TICKER),
                org.assertj.core.groups.Tuple.tuple("COF", IssueCode.NON_POSITIVE_QUANTITY),
                org.assertj.core.groups.Tuple.tuple("NVDA", IssueCode.NON_POSITIVE_QUANTITY),
                org.assertj.core.groups.Tuple.tuple("LATE", IssueCode.NO_DATA_BEFORE_AS_OF),
                org.assertj.core.groups.Tuple.tuple("NOBARS", IssueCode.NO_PRICE_DATA),
                org.assertj.core.groups.Tuple.tuple("V", IssueCode.AS_OF_NOT_A_TRADING_DAY),
                org.assertj.core.groups.Tuple.tuple("V", IssueCode.BENCHMARK_MISSING),
                org.assertj.core.groups.Tuple.tuple("CAT", IssueCode.BENCHMARK_MISSING));
        assertThat(a.issues()).allSatisfy(i -> assertThat(i.message()).contains(i.ticker()));
        PositionAssessment v = a.position("V");
        assertThat(v.priceDate()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(v.crowding().component(ComponentKeys.CROWD_COMOVEMENT).status())
                .isEqualTo(ComponentStatus.BENCHMARK_MISSING);
        assertThat(v.crowding().component(ComponentKeys.CROWD_COMOVEMENT).points()).isNull();
        assertThat(v.crowding().score()).isPresent();
        assertThat(v.betas().spread()).isNull();
        assertThat(v.betas().market()).isNotNull();
        // the rotation-unwind spread shock is unknown without the small-cap benchmark: no made-up number
        assertThat(v.impact("rotation-unwind").impactPct()).isNull();
        assertThat(a.scenario("rotation-unwind").impactPct()).isEmpty();
        assertThat(a.comomentum().value()).isEmpty();
    }

    @Test
    void shortHistoryIsInsufficientNotZero() {
        DailyBars shortBars = Fixtures.head(bars.get("V"), 60);
        LocalDate asOf = shortBars.dates()[59];
        PortfolioAssessment a = engine.assess(List.of(new Holding("V", 1, null)), profiles, Map.of("V", shortBars),
                new MarketContext(large, small), asOf, BuiltInScenarios.all());
        PositionAssessment v = a.position("V");
        assertThat(v.crowding().component(ComponentKeys.NEAR_HIGHS).status())
                .isEqualTo(ComponentStatus.INSUFFICIENT_HISTORY);
        assertThat(v.reversal().component(ComponentKeys.ABOVE_TREND).rawValue()).isNull();
        // RSI(14) needs ta4j's 14 unstable bars + 1 + 63 bars for Wilder's seed to weigh < 1 %: 78 > 60
        assertThat(v.crowding().component(ComponentKeys.OVERBOUGHT).status())
                .isEqualTo(ComponentStatus.INSUFFICIENT_HISTORY);
        assertThat(v.crowding().component(ComponentKeys.OVERBOUGHT).reason())
                .isEqualTo("RSI(14) needs 78 daily bars for a stable value; 60 are available.");
        assertThat(v.reversal().component(ComponentKeys.ROLLING_OVER).status()).isEqualTo(ComponentStatus.OK);
        // what could be computed is a minority of each dimension's weights: no number, the reason instead
        assertThat(v.crowding().score()).isEmpty();
        assertThat(v.crowding().unavailableReason()).startsWith("Insufficient data: only 10\u00a0% of its components");
        assertThat(v.reversal().score()).isEmpty();
        assertThat(v.reversal().weightShare()).isCloseTo(0.30, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(v.issues()).extracting(HoldingIssue::code).contains(IssueCode.INSUFFICIENT_HISTORY);
        assertThat(v.betas().market()).isNull(); // 59 returns < 120
    }

    @Test
    void engineIsThreadSafe() throws Exception {
        MarketContext m = new MarketContext(large, small);
        PortfolioAssessment expected = engine.assess(holdings(), profiles, bars, m, AS_OF, BuiltInScenarios.all());
        List<java.util.concurrent.Callable<PortfolioAssessment>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> engine.assess(holdings(), profiles, bars, m, AS_OF, BuiltInScenarios.all()));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (var f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
