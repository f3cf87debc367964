package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class PortfolioServiceTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired PortfolioService portfolios;

    @Autowired PortfolioSharing sharing;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    private static PortfolioDraft draft(String client, HoldingInput... holdings) {
        return new PortfolioDraft(client, "USD", "notes", List.of(holdings));
    }

    private static HoldingInput h(String ticker, String qty, String cost) {
        return new HoldingInput(ticker, new BigDecimal(qty), cost == null ? null : new BigDecimal(cost));
    }

    private PortfolioDetails alicesPortfolio() {
        return security.as("alice", () -> portfolios.create(draft("Test client " + System.nanoTime(),
                h("ibm", "100", "90"), h("MSFT", "50", null), h("CASH", "1000", null))));
    }

    @Test
    void aNewPortfolioIsStoredNormalisedGradedAndAudited() {
        PortfolioDetails created = alicesPortfolio();
        assertThat(created.access()).isEqualTo(AccessRole.OWNER);
        assertThat(created.content().holdings()).extracting(HoldingInput::ticker).containsExactly("IBM", "MSFT", "CASH");
        PortfolioSummary summary = security.as("alice", () -> portfolios.myPortfolios(created.content().clientName()))
                .get(0);
        assertThat(summary.lastGrade()).isNotNull();
        assertThat(summary.lastGradedAsOf()).isEqualTo(LocalDate.of(2001, 1, 2));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ? and action = 'CREATE'",
                Integer.class, created.id())).isEqualTo(1);
    }

    @Test
    void anotherTeamCannotSeeOrTouchAPortfolio() {
        PortfolioDetails p = alicesPortfolio();
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.open(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.analyse(p.id(), LocalDate.of(2000, 12, 29))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.analyse(p.id(), LocalDate.of(2000, 12, 29),
                "Small caps minus large caps (IWM − SPY)"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.holdingsNeedingPrices(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.save(p.id(), p.content(), p.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.duplicate(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("carol", () -> portfolios.delete(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(security.as("carol", () -> portfolios.sharedWithMe(""))).extracting(PortfolioSummary::id)
                .doesNotContain(p.id());
    }

    @Test
    void administratorsGetNoImplicitAccessToClientPortfolios() {
        PortfolioDetails p = alicesPortfolio();
        assertThatThrownBy(() -> security.as("admin", () -> portfolios.open(p.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTeamViewerMayReadButNotSaveAndAnEditorMaySave() {
        PortfolioDetails p = alicesPortfolio();
        assertThatThrownBy(() -> security.as("bob", () -> portfolios.open(p.id())))
                .isInstanceOf(AccessDeniedException.class);

        security.run("alice", () -> sharing.shareWithOwnTeam(p.id(), AccessRole.VIEWER));
        assertThat(security.as("bob", () -> portfolios.open(p.id())).access()).isEqualTo(AccessRole.VIEWER);
        assertThat(security.as("bob", () -> portfolios.sharedWithMe(""))).extracting(PortfolioSummary::id)
                .contains(p.id());
        assertThatThrownBy(() -> security.as("bob", () -> portfolios.save(p.id(), p.content(), p.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("bob", () -> sharing.shareWithOwnTeam(p.id(), AccessRole.EDITOR)))
                .isInstanceOf(AccessDeniedException.class);

        security.run("alice", () -> sharing.shareWithOwnTeam(p.id(), AccessRole.EDITOR));
        PortfolioDetails saved = security.as("bob", () -> portfolios.save(p.id(),
                draft(p.content().clientName(), h("IBM", "150", "90")), p.version(), p.content()));
        assertThat(saved.updatedByName()).isEqualTo("Bob Chen");
        assertThatThrownBy(() -> security.run("bob", () -> portfolios.delete(p.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndSaysWhoChangedWhat() {
        PortfolioDetails p = alicesPortfolio();
        security.run("alice", () -> sharing.shareWithOwnTeam(p.id(), AccessRole.EDITOR));
        security.as("bob", () -> portfolios.save(p.id(), draft(p.content().clientName(), h("IBM", "150", "90"),
                h("MSFT", "50", null), h("CASH", "1000", null), h("KO", "10", null)), p.version(), p.content()));

        PortfolioDraft alicesEdit = draft(p.content().clientName(), h("IBM", "100", "90"), h("CASH", "5", null));
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.save(p.id(), alicesEdit, p.version(),
                p.content()))).isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.current().updatedByName()).isEqualTo("Bob Chen");
                    assertThat(e.theirChanges()).contains("IBM quantity 100 → 150", "added KO (10)");
                });
        PortfolioDetails stored = security.as("alice", () -> portfolios.open(p.id()));
        assertThat(stored.content().holdings()).extracting(HoldingInput::ticker).contains("KO", "MSFT");

        PortfolioDetails overwritten = security.as("alice", () -> portfolios.save(p.id(), alicesEdit,
                stored.version(), stored.content()));
        assertThat(overwritten.content().holdings()).extracting(HoldingInput::ticker).containsExactly("IBM", "CASH");
    }

    @Test
    void badHoldingsAreRefusedWithTheRowAndNothingIsWritten() {
        PortfolioDetails p = alicesPortfolio();
        record Case(PortfolioDraft draft, String field, int row, String text) { }
        for (Case c : List.of(
                new Case(draft(" "), "clientName", -1, "client's name"),
                new Case(draft("x", h("IBM", "1", null), h("ibm", "2", null)), "ticker", 1, "already on row 1"),
                new Case(draft("x", h("IBM", "0", null)), "quantity", 0, "more than zero"),
                new Case(draft("x", h("IBM", "-5", null)), "quantity", 0, "short positions"),
                new Case(draft("x", h("IBM", "5", "-1")), "costBasis", 0, "cannot be negative"),
                new Case(draft("x", h("bad ticker!", "5", null)), "ticker", 0, "has invalid characters"),
                new Case(new PortfolioDraft("x", "EUR", null, List.of()), "baseCurrency", -1, "Only USD"))) {
            assertThatThrownBy(() -> security.as("alice", () -> portfolios.save(p.id(), c.draft(), p.version(), null)))
                    .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> {
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.row()).isEqualTo(c.row());
                        assertThat(e.getMessage()).contains(c.text());
                    });
        }
        assertThat(security.as("alice", () -> portfolios.open(p.id())).version()).isEqualTo(p.version());
    }

    @Test
    void everyProblemOfADraftIsReportedAtOnce() {
        PortfolioDetails p = alicesPortfolio();
        PortfolioDraft bad = draft("N".repeat(249), h("IBM", "-5", null), h("bad ticker!", "5", "-1"));
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.save(p.id(), bad, p.version(), null)))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                        .extracting(PortfolioRules.Problem::message).containsExactly(
                                "The client name must be at most 200 characters (it has 249).",
                                "Row 1: the quantity of IBM must be more than zero (short positions are not supported).",
                                "Row 2: ticker 'BAD TICKER!' has invalid characters (allowed: letters, digits, '.', '-', "
                                        + "'_' and '^').",
                                "Row 2: the cost basis of BAD TICKER! cannot be negative."));
        assertThat(security.as("alice", () -> portfolios.open(p.id())).content().clientName())
                .isEqualTo(p.content().clientName());
    }

    @Test
    void savingWhatIsStoredAgainWritesNothing() {
        PortfolioDetails p = alicesPortfolio();
        PortfolioDraft edit = draft(p.content().clientName(), h("IBM", "120", "90"));
        PortfolioDetails first = security.as("alice", () -> portfolios.save(p.id(), edit, p.version(), p.content()));
        // the second click of a double-click arrives with the version the first one returned
        PortfolioDetails second = security.as("alice", () -> portfolios.save(p.id(), edit, first.version(),
                first.content()));
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ? and action = 'SAVE'",
                Integer.class, p.id())).isEqualTo(1);
        // and one sent with the version it was opened at is a conflict, never a second write
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.save(p.id(), draft(p.content().clientName(),
                h("IBM", "130", "90")), p.version(), p.content()))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void thePriceCoverageIsTheDatesTheHoldingsHavePricesFor() {
        PortfolioDetails p = alicesPortfolio();
        PriceCoverage coverage = security.as("alice", () -> portfolios.priceCoverage(p.id()));
        assertThat(coverage.contains(LocalDate.of(2001, 1, 2))).isTrue(); // the date the portfolio is graded at
        assertThat(coverage.first()).isBefore(LocalDate.of(2001, 1, 2));
        assertThat(coverage.contains(coverage.first().minusDays(1))).isFalse();
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.priceCoverage(p.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTickerWithoutPriceHistoryIsKeptAsAnUnpricedHoldingWithItsFilePrice() {
        PortfolioDetails p = alicesPortfolio();
        PortfolioDraft draft = new PortfolioDraft("Unpriced", "USD", null, List.of(
                new HoldingInput("IBM", new java.math.BigDecimal("10"), null),
                new HoldingInput("brk/b", new java.math.BigDecimal("4"), null, new java.math.BigDecimal("500.25"),
                        LocalDate.of(2026, 1, 9)),
                new HoldingInput("CASH", new java.math.BigDecimal("100"), null, new java.math.BigDecimal("1"),
                        LocalDate.of(2026, 1, 9))));
        PortfolioDetails saved = security.as("alice", () -> portfolios.save(p.id(), draft, p.version(), null));
        assertThat(saved.content().holdings()).extracting(HoldingInput::ticker).containsExactly("IBM", "BRK.B", "CASH");
        HoldingInput brk = security.as("alice", () -> portfolios.open(p.id())).content().holdings().get(1);
        assertThat(brk.filePrice()).isEqualByComparingTo("500.25");
        assertThat(brk.filePriceDate()).isEqualTo(LocalDate.of(2026, 1, 9));
        // cash is worth 1 per unit: a file price is never kept for it
        assertThat(security.as("alice", () -> portfolios.open(p.id())).content().holdings().get(2).filePrice()).isNull();
    }

    @Test
    void duplicateAndDelete() {
        PortfolioDetails p = alicesPortfolio();
        security.run("alice", () -> sharing.shareWithOwnTeam(p.id(), AccessRole.VIEWER));
        assertThatThrownBy(() -> security.as("bob", () -> portfolios.duplicate(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        security.run("alice", () -> sharing.allowViewerCopies(p.id(), true));
        PortfolioDetails copy = security.as("bob", () -> portfolios.duplicate(p.id()));
        assertThat(jdbc.queryForObject("select copied_from_id from portfolio where id = ?", Long.class, copy.id()))
                .isEqualTo(p.id());
        assertThat(copy.access()).isEqualTo(AccessRole.OWNER);
        assertThat(copy.ownerName()).isEqualTo("Bob Chen");
        assertThat(copy.content().holdings()).hasSize(3);
        security.run("alice", () -> portfolios.delete(p.id()));
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.open(p.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ?", Integer.class, p.id()))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDemoPortfoliosExistAndAreScored() {
        List<PortfolioSummary> mine = security.as("alice", () -> portfolios.myPortfolios("Harrison"));
        assertThat(mine).singleElement().satisfies(s -> assertThat(s.lastGrade()).isNotNull());
        assertThat(security.as("bob", () -> portfolios.sharedWithMe("Harrison"))).hasSize(1);
        assertThat(security.as("carol", () -> portfolios.sharedWithMe("Harrison"))).isEmpty();
    }
}
