package com.rotationrisk.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditService;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.proposal.Trade.AmountKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Proposals saved with a portfolio: who may do what, versions, every problem at once, accept and reject. */
@IntegrationTest
class ProposalDraftsTest {

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired ProposalDrafts drafts;
    @Autowired AuditService audit;

    SecurityTestSupport security;
    long portfolio;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        portfolio = security.as("alice", () -> portfolios.create(new PortfolioDraft("PD Client " + System.nanoTime(),
                "USD", null, List.of(new HoldingInput("INTC", new BigDecimal("1000"), new BigDecimal("20")),
                        new HoldingInput("KO", new BigDecimal("300"), null),
                        new HoldingInput("CASH", new BigDecimal("1000"), null))))).id();
        security.run("alice", () -> {
            long bob = sharing.shareablePeople(portfolio).stream().filter(m -> m.username().equals("bob")).findFirst()
                    .orElseThrow().id();
            sharing.shareWithPerson(portfolio, bob, AccessRole.VIEWER);
        });
    }

    @Test
    void ownersAndEditorsDraftReadersReadAndOthersGetNothing() {
        StoredProposal p = security.as("alice", () -> drafts.create(portfolio, "Trim chips",
                List.of(Trade.sell("intc", AmountKind.PERCENT_OF_POSITION, "40"))));
        assertThat(p.status()).isEqualTo(StoredProposal.Status.DRAFT);
        assertThat(p.trades()).singleElement().satisfies(t -> assertThat(t.ticker()).isEqualTo("INTC"));

        assertThat(security.as("bob", () -> drafts.ofPortfolio(portfolio))).extracting(StoredProposal::id)
                .contains(p.id());
        assertThatThrownBy(() -> security.run("bob", () -> drafts.create(portfolio, "Mine", List.of(
                Trade.sell("KO", AmountKind.SHARES, "1"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("bob", () -> drafts.accept(p.id(), p.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("bob", () -> drafts.reject(p.id(), p.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("carol", () -> drafts.open(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("carol", () -> drafts.ofPortfolio(portfolio)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSaveOnAnOldVersionIsRefusedAndBadInputIsRefusedWithEveryProblem() {
        StoredProposal p = security.as("alice", () -> drafts.create(portfolio, "Trim",
                List.of(Trade.sell("INTC", AmountKind.SHARES, "100"))));
        StoredProposal saved = security.as("alice", () -> drafts.save(p.id(), "Trim more",
                List.of(Trade.sell("INTC", AmountKind.SHARES, "200")), p.version()));
        assertThat(saved.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> security.run("alice", () -> drafts.save(p.id(), "Stale", List.of(
                Trade.sell("INTC", AmountKind.SHARES, "1")), p.version())))
                .isInstanceOf(ConcurrentProposalEditException.class);
        assertThat(security.as("alice", () -> drafts.open(p.id())).name()).isEqualTo("Trim more");

        assertThatThrownBy(() -> security.run("alice", () -> drafts.create(portfolio, " ", List.of(
                Trade.sell("INTC", AmountKind.PERCENT_OF_POSITION, "150"), Trade.buy("", AmountKind.SHARES, "1")))))
                .isInstanceOfSatisfying(InvalidProposalException.class, e -> assertThat(e.problems())
                        .extracting(TradePlan.Problem::index).containsExactly(-1, 0, 1));
    }

    @Test
    void acceptingAppliesTheTradesToTheHoldingsOnceAndIsAuditedAndRejectingKeepsTheRecord() {
        StoredProposal p = security.as("alice", () -> drafts.create(portfolio, "Take profits",
                List.of(Trade.sell("INTC", AmountKind.PERCENT_OF_POSITION, "40"))));
        long versionBefore = security.as("alice", () -> portfolios.open(portfolio)).version();
        PortfolioDetails after = security.as("alice", () -> drafts.accept(p.id(), p.version()));
        assertThat(after.version()).isGreaterThan(versionBefore);
        assertThat(after.content().holdings()).filteredOn(h -> h.ticker().equals("INTC")).singleElement()
                .satisfies(h -> assertThat(h.quantity()).isEqualByComparingTo("600"));
        assertThat(security.as("alice", () -> drafts.open(p.id())).status()).isEqualTo(StoredProposal.Status.ACCEPTED);
        assertThatThrownBy(() -> security.run("alice", () -> drafts.accept(p.id(), p.version())))
                .isInstanceOf(ConcurrentProposalEditException.class);
        assertThat(security.as("alice", () -> audit.portfolioTrail(portfolio))).extracting(e -> e.action())
                .contains(AuditAction.PROPOSAL_ACCEPTED.name(), AuditAction.SAVE.name());

        StoredProposal impossible = security.as("alice", () -> drafts.create(portfolio, "Sell too much",
                List.of(Trade.sell("INTC", AmountKind.SHARES, "900"))));
        assertThatThrownBy(() -> security.run("alice", () -> drafts.accept(impossible.id(), impossible.version())))
                .isInstanceOf(InvalidProposalException.class).hasMessageContaining("more than the 600 held");
        assertThat(security.as("alice", () -> drafts.open(impossible.id())).status())
                .isEqualTo(StoredProposal.Status.DRAFT);
        StoredProposal rejected = security.as("alice", () -> drafts.reject(impossible.id(), impossible.version()));
        assertThat(rejected.status()).isEqualTo(StoredProposal.Status.REJECTED);
        assertThat(rejected.decidedByName()).isNotBlank();
        assertThat(security.as("alice", () -> drafts.ofPortfolio(portfolio))).extracting(StoredProposal::status)
                .containsExactlyInAnyOrder(StoredProposal.Status.ACCEPTED, StoredProposal.Status.REJECTED);
    }
}
