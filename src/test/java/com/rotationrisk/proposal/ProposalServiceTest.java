package com.rotationrisk.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.proposal.Trade.AmountKind;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.ScenarioResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A proposal's before and after against two independent analyses: the saved portfolio, and a second portfolio saved
 * with the holdings the trades leave. Same grade, scores, worst case and every scenario result.
 */
@IntegrationTest
class ProposalServiceTest {

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired PortfolioService portfolios;
    @Autowired ProposalService proposals;

    @Test
    void beforeAndAfterEqualTheAnalysesOfTheTwoHoldingSets() {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        List<HoldingInput> holdings = List.of(h("INTC", "900", "25"), h("MSFT", "300", null), h("KO", "500", "40"),
                h("IBM", "150", null), h("CASH", "5000", null));
        long id = security.as("alice", () -> portfolios.create(new PortfolioDraft("PR Trim " + System.nanoTime(),
                "USD", null, holdings))).id();
        LocalDate asOf = security.as("alice", () -> portfolios.defaultAsOf(id));
        List<Trade> trades = List.of(Trade.sell("INTC", AmountKind.PERCENT_OF_POSITION, "40"),
                Trade.switchTo("MSFT", "PG", AmountKind.SHARES, "100"), Trade.buy("KO", AmountKind.VALUE, "2000"));

        ProposalComparison c = security.as("alice", () -> proposals.compare(id, asOf, trades));

        PortfolioAssessment before = security.as("alice", () -> portfolios.analyse(id, asOf));
        same(c.before(), before);
        TradePlan.Result plan = TradePlan.apply(holdings, trades, pricesOf(before, asOf, c));
        long afterId = security.as("alice", () -> portfolios.create(new PortfolioDraft("PR Trim after "
                + System.nanoTime(), "USD", null, plan.after()))).id();
        same(c.after(), security.as("alice", () -> portfolios.analyse(afterId, asOf)));

        assertThat(c.after().position("INTC").quantity()).isCloseTo(540, within(1e-9));
        assertThat(c.after().position("PG")).isNotNull();
        assertThat(c.knownRealisedGain()).isCloseTo(360 * (c.before().position("INTC").price() - 25), within(1e-6));
        assertThat(c.gainUnknownFor()).containsExactly("MSFT");
        assertThat(c.turnover()).isCloseTo((c.soldValue() + c.boughtValue()) / c.before().coverage().knownValue(),
                within(1e-12));
        assertThat(c.gainMethod()).contains("average cost");
    }

    @Test
    void someoneWhoMayNotReadThePortfolioGetsNoProposalAndBadTradesAreRefusedTogether() {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        long id = security.as("alice", () -> portfolios.create(new PortfolioDraft("PR Private " + System.nanoTime(),
                "USD", null, List.of(h("INTC", "100", null))))).id();
        LocalDate asOf = security.as("alice", () -> portfolios.defaultAsOf(id));
        assertThatThrownBy(() -> security.run("carol", () -> proposals.compare(id, asOf,
                List.of(Trade.sell("INTC", AmountKind.SHARES, "1"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("alice", () -> proposals.compare(id, asOf, List.of(
                Trade.sell("INTC", AmountKind.SHARES, "101"), Trade.buy("ZZNOPE", AmountKind.SHARES, "1")))))
                .isInstanceOfSatisfying(InvalidProposalException.class, e -> assertThat(e.problems())
                        .extracting(TradePlan.Problem::index).containsExactly(0, 1));
    }

    private static java.util.Map<String, Double> pricesOf(PortfolioAssessment before, LocalDate asOf,
                                                          ProposalComparison c) {
        java.util.Map<String, Double> prices = new java.util.HashMap<>();
        before.positions().forEach(p -> prices.put(p.ticker(), p.price()));
        c.executions().forEach(e -> prices.putIfAbsent(e.ticker(), e.price()));
        return prices;
    }

    private static void same(PortfolioAssessment actual, PortfolioAssessment expected) {
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.grade().grade()).isEqualTo(expected.grade().grade());
        for (Dimension dim : Dimension.values()) {
            assertThat(actual.dimensions().get(dim).score()).isEqualTo(expected.dimensions().get(dim).score());
        }
        assertThat(actual.worstCase()).isEqualTo(expected.worstCase());
        assertThat(actual.scenarios()).extracting(ScenarioResult::scenarioId, ScenarioResult::impactPct)
                .isEqualTo(expected.scenarios().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.scenarioId(),
                        s.impactPct())).toList());
        assertThat(actual.concentration().herfindahl()).isCloseTo(expected.concentration().herfindahl(),
                within(1e-12));
        assertThat(actual.coverage().knownValue()).isCloseTo(expected.coverage().knownValue(), within(1e-6));
    }

    private static HoldingInput h(String ticker, String quantity, String cost) {
        return new HoldingInput(ticker, new BigDecimal(quantity), cost == null ? null : new BigDecimal(cost));
    }
}
