package com.rotationrisk.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The suggestion on real data: every constraint holds, the result is the engine's, and it is deterministic. */
@IntegrationTest
class DeRiskingSuggesterTest {

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired PortfolioService portfolios;
    @Autowired ProposalService proposals;

    SecurityTestSupport security;
    long id;
    LocalDate asOf;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        id = security.as("alice", () -> portfolios.create(new PortfolioDraft("SG Client " + System.nanoTime(), "USD",
                null, List.of(h("INTC", "1500", "10"), h("MSFT", "600", "20"), h("HWP", "800", null),
                        h("IBM", "300", "60"), h("KO", "200", "30"), h("ZZUNPRICED", "50", null),
                        h("CASH", "1000", null))))).id();
        asOf = security.as("alice", () -> portfolios.defaultAsOf(id));
    }

    @Test
    void withoutLimitsItLowersTheGradeStepByStepAndItsResultIsTheEnginesOwn() {
        PortfolioAssessment before = security.as("alice", () -> portfolios.analyse(id, asOf));
        assertThat(before.grade().grade()).isGreaterThan(Grade.LOW);
        Suggestion s = suggest(new SuggestionConstraints(Grade.LOW, Set.of(), null, null, null));
        assertThat(s.steps()).isNotEmpty();
        assertThat(s.steps().getFirst()).startsWith("Trim ").contains("overall");
        assertThat(s.after().grade().score().getAsDouble()).isLessThan(before.grade().score().getAsDouble());
        assertThat(s.trades()).extracting(Trade::ticker).doesNotContain("ZZUNPRICED", "CASH");

        ProposalComparison check = security.as("alice", () -> proposals.compare(id, asOf, s.trades()));
        assertThat(check.after().grade().grade()).isEqualTo(s.after().grade().grade());
        assertThat(check.after().grade().score()).isEqualTo(s.after().grade().score());
        assertThat(check.turnover()).isEqualTo(s.turnover());
        assertThat(suggest(new SuggestionConstraints(Grade.LOW, Set.of(), null, null, null)).trades())
                .isEqualTo(s.trades());
        if (s.reached()) {
            assertThat(s.after().grade().grade()).isEqualTo(Grade.LOW);
        } else {
            assertThat(s.stoppedBecause()).isNotBlank();
        }
    }

    @Test
    void everyLimitHolds() {
        Suggestion kept = suggest(new SuggestionConstraints(Grade.LOW, Set.of("INTC", "MSFT"), null, null, null));
        assertThat(kept.trades()).extracting(Trade::ticker).doesNotContain("INTC", "MSFT");

        Suggestion small = suggest(new SuggestionConstraints(Grade.LOW, Set.of(), 0.10, null, null));
        assertThat(small.turnover()).isLessThanOrEqualTo(0.10 + 1e-12);

        Suggestion noGain = suggest(new SuggestionConstraints(Grade.LOW, Set.of(), null, 0.0, null));
        assertThat(noGain.knownRealisedGain()).isLessThanOrEqualTo(1e-9);
        assertThat(noGain.trades()).extracting(Trade::ticker).doesNotContain("HWP"); // its gain cannot be checked
        assertThat(noGain.gainUnknownFor()).isEmpty();

        Suggestion already = suggest(new SuggestionConstraints(Grade.SEVERE, Set.of(), null, null, null));
        assertThat(already.trades()).isEmpty();
        assertThat(already.reached()).isTrue();

        assertThatThrownBy(() -> suggest(new SuggestionConstraints(Grade.LOW, Set.of(), 5.0, null, -1.0)))
                .isInstanceOfSatisfying(InvalidProposalException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    private Suggestion suggest(SuggestionConstraints limits) {
        return security.as("alice", () -> proposals.suggest(id, asOf, limits));
    }

    private static HoldingInput h(String ticker, String quantity, String cost) {
        return new HoldingInput(ticker, new BigDecimal(quantity), cost == null ? null : new BigDecimal(cost));
    }
}
