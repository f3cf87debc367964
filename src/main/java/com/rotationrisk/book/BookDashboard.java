package com.rotationrisk.book;

import com.rotationrisk.portfolio.BookEntry;
import com.rotationrisk.portfolio.BookScenario;
import com.rotationrisk.portfolio.BookScenarioEntry;
import com.rotationrisk.portfolio.PortfolioBook;
import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the book dashboard computes from the portfolio module's figures: the rows with their bands and staleness, the
 * triage counts (each with the filter it applies), and one scenario's losses ranked across the book. Access is the
 * portfolio module's ({@link PortfolioBook}): nothing here widens what a person may see.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BookDashboard {

    private final PortfolioBook book;
    private final RiskService risk;
    private final ScenarioService scenarios;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookDashboard(PortfolioBook book, RiskService risk, ScenarioService scenarios, CurrentUser currentUser,
                  Clock clock) {
        this.book = book;
        this.risk = risk;
        this.scenarios = scenarios;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Book load() {
        boolean firm = currentUser.require().isAdmin();
        List<BookRow> rows = rows(book.myBook());
        return new Book(rows, triage(rows), LocalDate.now(clock), firm);
    }

    /** The selected portfolios scored again now; a portfolio the caller may not see is refused. */
    public List<BookRow> rescore(Collection<Long> ids) {
        return rows(book.rescore(ids));
    }

    /** The scenarios a book can be run under: every published one, built-in first. */
    public List<ScenarioView> scenarioChoices() {
        return scenarios.publishedScenarios().stream()
                .sorted(Comparator.comparing((ScenarioView s) -> !s.builtIn()).thenComparing(ScenarioView::name))
                .toList();
    }

    /**
     * One scenario across the book, ranked by loss in %: the largest loss first, gains after, portfolios whose loss is
     * unknown last (with the reason), never counted as "no loss".
     */
    public RankedScenario rankByLoss(long scenarioId) {
        BookScenario run = book.stress(scenarioId);
        List<BookScenarioEntry> ranked = new ArrayList<>(run.entries());
        ranked.sort(BY_LOSS);
        return new RankedScenario(run.scenarioId(), run.scenarioName(), run.scenarioVersion(), ranked);
    }

    /** Largest loss (most negative impact) first; unknown last; ties by client name. */
    static final Comparator<BookScenarioEntry> BY_LOSS = Comparator
            .comparing((BookScenarioEntry e) -> e.impactPct().value(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.clientName().toLowerCase(Locale.ROOT));

    private List<BookRow> rows(List<BookEntry> entries) {
        ModelConfig.Grade thresholds = risk.config().grade();
        LocalDate today = LocalDate.now(clock);
        return entries.stream().map(e -> BookRow.of(e, thresholds, today)).toList();
    }

    /** The counts at the top of the dashboard, each with the filter it applies. */
    public List<TriageCount> triage(List<BookRow> rows) {
        List<TriageCount> out = new ArrayList<>();
        for (Dimension dim : List.of(Dimension.POLICY_SHOCK_EXPOSURE, Dimension.MOMENTUM_CROWDING,
                Dimension.REVERSAL_RISK)) {
            BookFilter f = new BookFilter(null, false, null, false, false, dim, false, null);
            long n = count(rows, f);
            out.add(new TriageCount("severe-" + dim.name().toLowerCase(Locale.ROOT).replace('_', '-'), n,
                    clients(n) + " with severe " + dim.label().toLowerCase(Locale.ROOT), f));
        }
        BookFilter severe = BookFilter.ALL.withSevereAnywhere(true);
        long nSevere = count(rows, severe);
        out.add(new TriageCount("severe-any", nSevere, clients(nSevere) + " severe in any dimension", severe));
        BookFilter stale = BookFilter.ALL.withStaleOnly(true);
        long nStale = count(rows, stale);
        out.add(new TriageCount("stale", nStale, portfolios(nStale) + " priced more than " + BookRow.STALE_AFTER_DAYS
                + " days ago", stale));
        BookFilter unscored = new BookFilter(null, false, null, false, false, null, true, null);
        long nUnscored = count(rows, unscored);
        out.add(new TriageCount("not-scored", nUnscored, portfolios(nUnscored) + " that could not be scored",
                unscored));
        return out;
    }

    private static long count(List<BookRow> rows, Predicate<BookRow> p) {
        return rows.stream().filter(p).count();
    }

    private static String clients(long n) {
        return n + (n == 1 ? " client" : " clients");
    }

    private static String portfolios(long n) {
        return n + (n == 1 ? " portfolio" : " portfolios");
    }
}
