package com.rotationrisk.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.proposal.Trade.AmountKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trades applied to holdings: amounts, cash, cost basis, the gain estimate, and every problem at once. */
class TradePlanTest {

    static final List<HoldingInput> HOLDINGS = List.of(
            new HoldingInput("INTC", new BigDecimal("1000"), new BigDecimal("20")),
            new HoldingInput("KO", new BigDecimal("200"), null),
            new HoldingInput("CASH", new BigDecimal("5000"), null),
            new HoldingInput("ZZUNPRICED", new BigDecimal("10"), null));
    static final Map<String, Double> PRICES = Map.of("INTC", 30.0, "KO", 50.0, "MSFT", 100.0, "CASH", 1.0);

    @Test
    void aTrimByPercentSellsThatShareOfThePositionIntoCashAndEstimatesTheGainFromTheCost() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(Trade.sell("INTC", AmountKind.PERCENT_OF_POSITION, "40")),
                PRICES);
        assertThat(r.ok()).isTrue();
        assertThat(quantity(r, "INTC")).isEqualByComparingTo("600");
        assertThat(quantity(r, "CASH")).isEqualByComparingTo("17000");
        assertThat(r.soldValue()).isCloseTo(12_000, within(1e-9));
        assertThat(r.knownRealisedGain()).isCloseTo(400 * (30 - 20), within(1e-9));
        assertThat(r.gainUnknownFor()).isEmpty();
        assertThat(r.after()).extracting(HoldingInput::ticker).containsExactly("INTC", "KO", "CASH", "ZZUNPRICED");
    }

    @Test
    void aSaleWithoutACostHasAnUnknownGainNotZero() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(Trade.sell("KO", AmountKind.VALUE, "5000")), PRICES);
        assertThat(quantity(r, "KO")).isEqualByComparingTo("100");
        assertThat(r.executions()).singleElement().satisfies(e -> assertThat(e.realisedGain()).isNull());
        assertThat(r.gainUnknownFor()).containsExactly("KO");
        assertThat(r.knownRealisedGain()).isZero();
    }

    @Test
    void aSwitchBuysTheNewHoldingWithTheProceedsAndABuyIsPaidFromCashAfterTheSales() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(
                Trade.buy("MSFT", AmountKind.SHARES, "50"),
                Trade.switchTo("KO", "MSFT", AmountKind.SHARES, "200")), PRICES);
        assertThat(r.ok()).isTrue();
        assertThat(r.after()).extracting(HoldingInput::ticker).doesNotContain("KO").contains("MSFT");
        assertThat(quantity(r, "MSFT")).isEqualByComparingTo("150");
        // 5,000 cash + 10,000 from KO - 5,000 - 10,000 for MSFT: no cash left, and no empty cash line
        assertThat(r.after()).extracting(HoldingInput::ticker).doesNotContain("CASH");
        assertThat(cost(r, "MSFT")).isEqualByComparingTo("100");
    }

    @Test
    void addingToAHoldingAveragesItsCost() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(Trade.buy("INTC", AmountKind.VALUE, "3000")), PRICES);
        assertThat(quantity(r, "INTC")).isEqualByComparingTo("1100");
        assertThat(cost(r, "INTC").doubleValue()).isCloseTo((1000 * 20 + 100 * 30) / 1100.0, within(1e-6));
        assertThat(quantity(r, "CASH")).isEqualByComparingTo("2000");
    }

    @Test
    void raisingCashSellsEveryPricedHoldingProRataAndNeverTheUnpricedOne() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(Trade.raiseCash("4000")), PRICES);
        assertThat(r.ok()).isTrue();
        // INTC 30,000 and KO 10,000 of 40,000 priced: a tenth of each
        assertThat(quantity(r, "INTC")).isEqualByComparingTo("900");
        assertThat(quantity(r, "KO")).isEqualByComparingTo("180");
        assertThat(quantity(r, "ZZUNPRICED")).isEqualByComparingTo("10");
        assertThat(quantity(r, "CASH")).isEqualByComparingTo("9000");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsApplied() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(
                Trade.sell("INTC", AmountKind.SHARES, "1500"),
                Trade.sell("ZZUNPRICED", AmountKind.SHARES, "1"),
                Trade.sell("CASH", AmountKind.VALUE, "10"),
                Trade.buy("NOPRICE", AmountKind.SHARES, "1"),
                Trade.sell("KO", AmountKind.PERCENT_OF_POSITION, "120"),
                Trade.sell("AAPL", AmountKind.SHARES, "1"),
                Trade.raiseCash("1000000"),
                new Trade(Trade.Kind.BUY, "MSFT", null, AmountKind.SHARES, new BigDecimal("-3"))), PRICES);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(TradePlan.Problem::index).containsExactly(0, 1, 2, 4, 5, 6, 7, 3);
        assertThat(r.problems().getFirst().message()).isEqualTo("Selling 1500 INTC is more than the 1000 held.");
        assertThat(r.problems().get(1).message()).contains("has no price");
        assertThat(r.after()).isEqualTo(HOLDINGS);
        assertThat(r.executions()).isEmpty();
    }

    @Test
    void purchasesBeyondTheCashAfterTheSalesAreRefusedWithTheShortfall() {
        TradePlan.Result r = TradePlan.apply(HOLDINGS, List.of(Trade.buy("MSFT", AmountKind.VALUE, "6000")), PRICES);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(-1);
            assertThat(p.message()).contains("$1,000.00 more than the portfolio's cash");
        });
    }

    private static BigDecimal quantity(TradePlan.Result r, String ticker) {
        return r.after().stream().filter(h -> h.ticker().equals(ticker)).findFirst().map(HoldingInput::quantity)
                .orElse(BigDecimal.ZERO);
    }

    private static BigDecimal cost(TradePlan.Result r, String ticker) {
        return r.after().stream().filter(h -> h.ticker().equals(ticker)).findFirst()
                .map(HoldingInput::costBasisPerShare).orElseThrow();
    }
}
