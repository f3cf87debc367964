package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.evidence.CsvBars;
import com.rotationrisk.risk.engine.indicators.MarketView;
import com.rotationrisk.risk.engine.indicators.TechnicalIndicators;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/**
 * Component values on REAL bundled bars against computations written here from the definitions (no engine code),
 * including the short histories where a seeded indicator would otherwise report confident nonsense. Expected numbers
 * such as 78 bars are derived in the test from ta4j's documented unstable bars and Wilder's seed decay, not read
 * from the configuration under test.
 */
class ShortHistoryAndDefinitionsTest {

    private static final double TOLERANCE = 0.01;
    /** ta4j RSI(14)/ATR(14): 14 unstable bars, +1 for the first stable one, +63 for (13/14)^n to fall below 1 %. */
    private static final int WILDER_14_BARS = 14 + 1 + 63;

    private final ModelConfig cfg = ModelConfig.defaults();
    private final DailyBars aapl = bundled("AAPL");
    private final DailyBars gspc = bundled("GSPC");

    static DailyBars bundled(String symbol) {
        try (var r = new InputStreamReader(
                ShortHistoryAndDefinitionsTest.class.getResourceAsStream("/marketdata/bars/" + symbol + ".csv"),
                StandardCharsets.UTF_8)) {
            return CsvBars.read(symbol, r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedDecayArithmetic() {
        assertThat(Math.pow(13.0 / 14, 63)).isLessThan(0.01);
        assertThat(Math.pow(13.0 / 14, 62)).isGreaterThan(0.01);
        assertThat(com.rotationrisk.risk.engine.indicators.Stability.seedDecayBars(14, 0.01)).isEqualTo(63);
    }

    @Test
    void rsiIsNotShownFromFifteenBarsWhereTa4jsSeedDominates() {
        DailyBars first15 = Fixtures.head(aapl, 15);
        // what the seed does: ta4j at 15 bars is far from the textbook (SMA-seeded) Wilder RSI
        BarSeries series = com.rotationrisk.risk.engine.indicators.Ta4jSeries.of(first15, 0, 14);
        double ta4j = new RSIIndicator(new ClosePriceIndicator(series), 14).getValue(14).doubleValue();
        double textbook = IndicatorCorrectnessTest.textbookRsi(first15.close(), 14, 14);
        assertThat(Math.abs(ta4j - textbook)).isGreaterThan(20);
        // so the engine does not show it
        TechnicalSnapshot t = TechnicalIndicators.compute(first15, 14, cfg.windows(), TOLERANCE);
        assertThat(t.rsi()).isNull();
        assertThat(t.needed().rsi()).isEqualTo(WILDER_14_BARS);
    }

    @Test
    void rsiAndAtrAgreeWithTextbookWilderOnceShown() {
        for (int n = WILDER_14_BARS; n < WILDER_14_BARS + 40; n++) {
            DailyBars head = Fixtures.head(aapl, n);
            TechnicalSnapshot t = TechnicalIndicators.compute(head, n - 1, cfg.windows(), TOLERANCE);
            assertThat(t.rsi()).isCloseTo(IndicatorCorrectnessTest.textbookRsi(head.close(), n - 1, 14), within(1.0));
            double atr = IndicatorCorrectnessTest.textbookAtr(head, n - 1, 14);
            assertThat(t.atrShort()).isCloseTo(atr, within(0.02 * atr));
        }
        DailyBars oneShort = Fixtures.head(aapl, WILDER_14_BARS - 1);
        TechnicalSnapshot t = TechnicalIndicators.compute(oneShort, WILDER_14_BARS - 2, cfg.windows(), TOLERANCE);
        assertThat(t.rsi()).isNull();
        assertThat(t.atrShort()).isNull();
    }

    @Test
    void unusualRunComparesWithThreeYearsOfNonOverlappingRuns() {
        int end = aapl.size() - 1;
        double[] c = aapl.close();
        // every 63-day return ending 63..756 sessions before the last bar: none shares a day with the current run
        int count = 0;
        double sum = 0;
        for (int t = end - 756; t <= end - 63; t++) {
            sum += c[t] / c[t - 63] - 1;
            count++;
        }
        double mean = sum / count, ss = 0;
        for (int t = end - 756; t <= end - 63; t++) {
            double r = c[t] / c[t - 63] - 1;
            ss += (r - mean) * (r - mean);
        }
        double expected = (c[end] / c[end - 63] - 1 - mean) / Math.sqrt(ss / (count - 1));
        ComponentScore run = CrowdingScorer.unusualRun(cfg.crowdingSpec(ComponentKeys.UNUSUAL_RUN), c, end,
                cfg.windows());
        assertThat(run.rawValue()).isCloseTo(expected, within(1e-9));
        // three years plus the current run plus its start close, no fewer
        assertThat(CrowdingScorer.unusualRun(cfg.crowdingSpec(ComponentKeys.UNUSUAL_RUN), c, 756 + 63,
                cfg.windows()).status()).isEqualTo(ComponentStatus.OK);
        ComponentScore short1 = CrowdingScorer.unusualRun(cfg.crowdingSpec(ComponentKeys.UNUSUAL_RUN), c, 756 + 62,
                cfg.windows());
        assertThat(short1.status()).isEqualTo(ComponentStatus.INSUFFICIENT_HISTORY);
        assertThat(short1.reason()).contains("820 daily bars", "819 are available");
    }

    @Test
    void relativeStrengthIsTheSixMonthLeadOverTheMarketLegAndDoesNotResetInJanuary() {
        // 2018-01-02: the first session of a year, where a year-to-date figure would read about zero
        LocalDate jan2 = LocalDate.of(2018, 1, 2);
        int end = aapl.lastIndexOnOrBefore(jan2);
        assertThat(aapl.dates()[end]).isEqualTo(jan2);
        LocalDate start = aapl.dates()[end - 126];
        double own = aapl.close()[end] / aapl.close()[end - 126] - 1;
        double market = gspc.close()[gspc.lastIndexOnOrBefore(jan2)] / gspc.close()[gspc.lastIndexOnOrBefore(start)] - 1;
        assertThat(gspc.dates()[gspc.lastIndexOnOrBefore(start)]).isEqualTo(start);
        MarketView mv = MarketView.of(new MarketContext(gspc, null), jan2);
        ComponentScore rs = CrowdingScorer.relativeStrength(cfg.crowdingSpec(ComponentKeys.RELATIVE_STRENGTH), aapl,
                end, mv, 126);
        assertThat(rs.rawValue()).isCloseTo((own - market) * 100, within(1e-9));
        assertThat(Math.abs(rs.rawValue())).isGreaterThan(1); // a year-to-date lead on 2 January would be ~0
    }

    @Test
    void flowSurgeCountsOnlyTheVolumeOfSessionsThatClosedHigher() {
        int end = aapl.size() - 1;
        double up = 0, longSum = 0;
        int upDays = 0;
        for (int i = end - 19; i <= end; i++) {
            if (aapl.close()[i] > aapl.close()[i - 1]) {
                up += aapl.volume()[i];
                upDays++;
            }
        }
        for (int i = end - 119; i <= end; i++) {
            longSum += aapl.volume()[i];
        }
        TechnicalSnapshot t = TechnicalIndicators.compute(aapl, end, cfg.windows(), TOLERANCE);
        ComponentScore flow = CrowdingScorer.flowSurge(cfg.crowdingSpec(ComponentKeys.FLOW_SURGE), t, cfg.windows());
        assertThat(upDays).isBetween(1, 19);
        assertThat(flow.rawValue()).isCloseTo((up / upDays) / (longSum / 120), within(1e-9));
    }

    @Test
    void aSellOffOnHeavyVolumeIsNotABuyingSurge() {
        int n = 200;
        LocalDate[] dates = Fixtures.weekdays(LocalDate.of(2024, 1, 1), n);
        double[] close = new double[n], volume = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i < n - 20 ? 100 + (i % 2) : 100 - (i - (n - 20)); // flat, then 20 falling sessions
            volume[i] = i < n - 20 ? 1_000 : 5_000; // five times the volume while it falls
        }
        DailyBars b = new DailyBars("X", dates, close.clone(), close.clone(), close.clone(), close, volume);
        TechnicalSnapshot t = TechnicalIndicators.compute(b, n - 1, cfg.windows(), TOLERANCE);
        ComponentScore flow = CrowdingScorer.flowSurge(cfg.crowdingSpec(ComponentKeys.FLOW_SURGE), t, cfg.windows());
        assertThat(flow.rawValue()).isZero();
        assertThat(flow.points()).isZero();
        assertThat(flow.reason()).contains("selling");
    }
}
