package com.rotationrisk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.risk.engine.ComponentKeys;
import com.rotationrisk.risk.engine.ComponentStatus;
import com.rotationrisk.risk.engine.HoldingIssue.IssueCode;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Scores real bundled history end to end: database, bar store, engine. */
@IntegrationTest
@WithMockUser(username = "alice", roles = "ADVISOR")
class RiskServiceTest {

    @Autowired RiskService risk;
    @Autowired com.rotationrisk.marketdata.BarStore bars;

    private static final LocalDate AS_OF = LocalDate.of(2000, 12, 29); // a Friday with Dow, MSFT and S&P data

    @Test
    void scoresEveryValidPositionAndNamesEachBadHoldingWhileScoringTheRest() {
        PortfolioAssessment result = risk.assess(List.of(
                new HoldingLine("ibm", 100, 95.0),
                new HoldingLine("MSFT", 200, 60.0),
                new HoldingLine("ZZZZ", 10, null),
                new HoldingLine("IBM", 50, null),
                new HoldingLine("KO", 0, null),
                new HoldingLine("GE", -5, null),
                new HoldingLine("AAPL", 10, null),
                new HoldingLine("CASH", 25_000, null)), AS_OF);

        assertThat(result.positions()).extracting(PositionAssessment::ticker).containsExactly("IBM", "MSFT", "CASH");
        assertThat(result.issues()).extracting(i -> i.ticker() + ":" + i.code()).contains(
                "ZZZZ:" + IssueCode.UNKNOWN_TICKER, "IBM:" + IssueCode.DUPLICATE_TICKER,
                "KO:" + IssueCode.NON_POSITIVE_QUANTITY, "GE:" + IssueCode.NON_POSITIVE_QUANTITY,
                "AAPL:" + IssueCode.NO_DATA_BEFORE_AS_OF);
        assertThat(result.issues()).allSatisfy(i -> assertThat(i.message()).contains(i.ticker()));

        double weights = result.positions().stream().mapToDouble(PositionAssessment::weight).sum();
        assertThat(weights).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        PositionAssessment ibm = result.position("IBM");
        assertThat(ibm.priceDate()).isEqualTo(AS_OF);
        assertThat(ibm.crowding().score()).isPresent();
        assertThat(ibm.reversal().score()).isPresent();
        assertThat(result.grade().rule()).isNotBlank();
        assertThat(result.scenarios()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void closesOnlyHistoryAndTheMissingSmallCapBenchmarkAreReportedNotInvented() {
        // IWM and SPY have no bundled history: that spread's leg is missing, and says so
        PositionAssessment ibm = risk.assess(List.of(new HoldingLine("IBM", 100, null)), AS_OF,
                "Small caps minus large caps (IWM − SPY)").position("IBM");
        assertThat(ibm.crowding().component(ComponentKeys.EXTENSION).status()).isEqualTo(ComponentStatus.INSUFFICIENT_HISTORY);
        assertThat(ibm.crowding().component(ComponentKeys.EXTENSION).reason()).contains("closes only");
        assertThat(ibm.crowding().component(ComponentKeys.EXTENSION).rawValue()).isNull();
        assertThat(ibm.crowding().component(ComponentKeys.FLOW_SURGE).reason()).contains("no volume");
        assertThat(ibm.crowding().component(ComponentKeys.CROWD_COMOVEMENT).status())
                .isEqualTo(ComponentStatus.BENCHMARK_MISSING);
        assertThat(ibm.crowding().component(ComponentKeys.OVERBOUGHT).status()).isEqualTo(ComponentStatus.OK);
        assertThat(ibm.betas().spread()).isNull();
        assertThat(ibm.issues()).extracting(i -> i.code()).contains(IssueCode.BENCHMARK_MISSING);
    }

    @Test
    void theBundledTechnologySpreadGivesRotationNumbersFromRealSeries() {
        // the holdings of the demo portfolio "Harrison Family Trust", on the date it opens at
        PortfolioAssessment a = risk.assess(List.of(new HoldingLine("MSFT", 1200, 28.5),
                new HoldingLine("INTC", 2000, 18.25), new HoldingLine("IBM", 600, 72.0),
                new HoldingLine("HWP", 900, 31.0), new HoldingLine("GE", 1500, 24.1),
                new HoldingLine("CASH", 40000, null)), LocalDate.of(2001, 1, 2));
        assertThat(a.rotationSpread()).isEqualTo("Nasdaq-100 minus S&P 500 (technology rotation): NDX − GSPC");
        PositionAssessment intc = a.position("INTC");
        assertThat(intc.crowding().component(ComponentKeys.CROWD_COMOVEMENT).status()).isEqualTo(ComponentStatus.OK);
        assertThat(intc.betas().spread()).isNotNull();
        assertThat(intc.issues()).extracting(i -> i.code()).doesNotContain(IssueCode.BENCHMARK_MISSING);
        assertThat(a.scenario("rotation-unwind").impactPct()).isPresent();
    }

    @Test
    void theHerdFlagsInputsComeFromRealSeriesOnceMicrosoftHas120SessionsOfVolume() {
        // MSFT's bundled volume starts 2000-09-27; flow surge needs 120 sessions of it
        PositionAssessment early = risk.assess(List.of(new HoldingLine("MSFT", 100, null)), LocalDate.of(2001, 1, 2))
                .position("MSFT");
        assertThat(early.crowding().component(ComponentKeys.FLOW_SURGE).status())
                .isEqualTo(ComponentStatus.INSUFFICIENT_HISTORY);
        PositionAssessment msft = risk.assess(List.of(new HoldingLine("MSFT", 100, null)), LocalDate.of(2001, 6, 29))
                .position("MSFT");
        assertThat(msft.crowding().component(ComponentKeys.FLOW_SURGE).status()).isEqualTo(ComponentStatus.OK);
        assertThat(msft.crowding().component(ComponentKeys.CROWD_COMOVEMENT).rawValue()).isNotNull();
    }

    @Test
    void theBroadDemoBookHasAComomentumValue() {
        // the holdings of the demo portfolio "Whitaker Growth Partners": 13 names, so the top third has 4+
        List<HoldingLine> book = java.util.stream.Stream.of("MSFT", "INTC", "IBM", "HWP", "GE", "C", "JPM", "AXP", "HD",
                "WMT", "MRK", "T", "CAT").map(t -> new HoldingLine(t, 1000, null)).toList();
        PortfolioAssessment a = risk.assess(book, LocalDate.of(2001, 1, 2));
        assertThat(a.comomentum().value()).isPresent();
        assertThat(a.comomentum().members()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void fullBarsGiveTheAtrComponents() {
        PositionAssessment aapl = risk.assess(List.of(new HoldingLine("AAPL", 10, null)), LocalDate.of(2018, 5, 11))
                .position("AAPL");
        assertThat(aapl.crowding().component(ComponentKeys.EXTENSION).status()).isEqualTo(ComponentStatus.OK);
        assertThat(aapl.crowding().component(ComponentKeys.FLOW_SURGE).status()).isEqualTo(ComponentStatus.OK);
        assertThat(aapl.crowding().component(ComponentKeys.RELATIVE_STRENGTH).status()).isEqualTo(ComponentStatus.OK);
    }

    @Test
    void aWeekendAsOfUsesTheFridayCloseAndSaysSo() {
        PositionAssessment msft = risk.assess(List.of(new HoldingLine("MSFT", 1, null)), LocalDate.of(2000, 12, 31))
                .position("MSFT");
        assertThat(msft.priceDate()).isEqualTo(LocalDate.of(2000, 12, 29));
        assertThat(msft.issues()).extracting(i -> i.code()).contains(IssueCode.AS_OF_NOT_A_TRADING_DAY);
    }

    @Test
    void aPriceYearsOlderThanTheAsOfDateIsNotUsed() {
        PortfolioAssessment result = risk.assess(List.of(new HoldingLine("IBM", 1, null),
                new HoldingLine("AAPL", 1, null)), LocalDate.of(2018, 5, 11));
        assertThat(result.positions()).extracting(PositionAssessment::ticker).containsExactly("AAPL");
        assertThat(result.issues()).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.STALE_PRICE);
            assertThat(i.message()).contains("IBM's last bar is 2001-01-02");
        });
    }

    @Test
    void nothingAfterTheAsOfDateInfluencesTheScores() {
        LocalDate asOf = LocalDate.of(2016, 6, 30);
        // The service hands the engine whole histories (AAPL runs to 2018); compare with bars cut at asOf.
        PositionAssessment fromService = risk.assess(List.of(new HoldingLine("AAPL", 10, null)), asOf, List.of())
                .position("AAPL");
        var aapl = bars.barsUpTo("AAPL", asOf);
        var gspc = bars.barsUpTo("GSPC", asOf);
        PositionAssessment cut = new com.rotationrisk.risk.engine.RiskEngine().assess(
                List.of(new com.rotationrisk.risk.engine.Holding("AAPL", 10, null)),
                java.util.Map.of("AAPL", new com.rotationrisk.risk.engine.InstrumentProfile("AAPL", "Apple Inc.",
                        com.rotationrisk.risk.engine.AssetType.STOCK, "Information Technology",
                        "Technology Hardware, Storage & Peripherals", com.rotationrisk.risk.engine.SizeBucket.LARGE)),
                java.util.Map.of("AAPL", toBars(aapl)), new com.rotationrisk.risk.engine.MarketContext(toBars(gspc), null),
                asOf, List.of()).position("AAPL");
        assertThat(aapl.lastDate()).isEqualTo(asOf);
        assertThat(fromService.crowding()).isEqualTo(cut.crowding());
        assertThat(fromService.reversal()).isEqualTo(cut.reversal());
        assertThat(fromService.betas()).isEqualTo(cut.betas());
    }

    private static com.rotationrisk.risk.engine.DailyBars toBars(com.rotationrisk.marketdata.PriceHistory h) {
        return new com.rotationrisk.risk.engine.DailyBars(h.symbol(), h.dates(), h.open(), h.high(), h.low(),
                h.close(), h.volume());
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anonymousCallersAreDenied() {
        assertThatThrownBy(() -> risk.assess(List.of(new HoldingLine("AAPL", 1, null)), AS_OF))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                        org.springframework.security.access.AccessDeniedException.class);
    }
}
