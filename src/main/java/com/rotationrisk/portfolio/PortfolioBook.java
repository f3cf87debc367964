package com.rotationrisk.portfolio;

import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioSet;
import com.rotationrisk.risk.ScoringRequest;
import com.rotationrisk.risk.engine.Coverage;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.risk.engine.WorstCase;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole book of portfolios scored at once: for an advisor every portfolio they may read (their own and those shared
 * with them now, by {@link PortfolioAccess}'s rules); for an administrator the firm view of every portfolio. The firm
 * view carries the risk figures an administrator needs to oversee the firm (grade, scores, worst case in %, coverage,
 * dates) but no holdings and no money amounts: administrators manage accounts, not client portfolios, so value and
 * losses in currency are withheld, and opening a portfolio stays refused.
 * <p>
 * Scoring is one batch ({@link RiskService#assessAll}): bars and instrument details are read once for the book and
 * each instrument is analysed once per valuation date, so a book of 200 portfolios costs about as much as one large
 * portfolio.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PortfolioBook {

    /** The largest book scored at once; beyond it the oldest-changed portfolios are left out, and the caller told. */
    public static final int MAX_BOOK = 2_000;

    static final String WITHHELD = "Administrators see risk figures, not client money amounts.";

    private final PortfolioRepository portfolios;
    private final PortfolioGrantRepository grants;
    private final PortfolioService service;
    private final PortfolioAccess access;
    private final PortfolioValuationDate valuationDate;
    private final ScenarioService scenarios;
    private final RiskService risk;
    private final PortfolioBatchScoring batch;
    private final CurrentUser currentUser;

    PortfolioBook(PortfolioRepository portfolios, PortfolioGrantRepository grants, PortfolioService service,
                  PortfolioAccess access, PortfolioValuationDate valuationDate,
                  ScenarioService scenarios, RiskService risk, PortfolioBatchScoring batch,
                  CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.grants = grants;
        this.service = service;
        this.access = access;
        this.valuationDate = valuationDate;
        this.scenarios = scenarios;
        this.risk = risk;
        this.batch = batch;
        this.currentUser = currentUser;
    }

    /** Every portfolio the caller may see, scored now; the caller's own first, then those shared with them. */
    @Transactional(readOnly = true)
    public List<BookEntry> myBook() {
        SignedInUser me = currentUser.require();
        return entries(me, visible(me));
    }

    /**
     * These portfolios scored again now (after new prices). Each must be one the caller may see; one they may not is
     * refused like one that does not exist.
     */
    @Transactional(readOnly = true)
    public List<BookEntry> rescore(Collection<Long> ids) {
        SignedInUser me = currentUser.require();
        return entries(me, chosen(me, ids));
    }

    /** One published scenario run across every portfolio the caller may see, in book order. */
    @Transactional(readOnly = true)
    public BookScenario stress(long scenarioId) {
        SignedInUser me = currentUser.require();
        ScenarioSet.Member scenario = scenarios.published(scenarioId);
        Map<Portfolio, AccessRole> book = visible(me);
        List<Portfolio> list = List.copyOf(book.keySet());
        List<LocalDate> dates = valuationDate.latestCommonDates(list.stream().map(p -> p.draft().holdings()).toList());
        List<ScoringRequest> requests = new ArrayList<>();
        List<Integer> scoredIndexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (PortfolioBatchScoring.notScoredReason(list.get(i), dates.get(i)) == null) {
                requests.add(new ScoringRequest(PortfolioService.lines(list.get(i).draft()), dates.get(i),
                        List.of(scenario.scenario())));
                scoredIndexes.add(i);
            }
        }
        Map<Integer, PortfolioAssessment> byIndex = PortfolioBatchScoring.byIndex(scoredIndexes, risk.assessAll(requests));
        Map<Long, String> owners = ownerNames(list);
        List<BookScenarioEntry> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Portfolio p = list.get(i);
            AccessRole role = book.get(p);
            PortfolioAssessment a = byIndex.get(i);
            String why = PortfolioBatchScoring.notScoredReason(p, dates.get(i));
            ScenarioResult r = a == null ? null : a.scenarios().isEmpty() ? null : a.scenarios().getFirst();
            BookFigure pct = r == null ? BookFigure.missing(why == null ? "Not assessed." : why)
                    : r.impactPct().isPresent() ? BookFigure.of(r.impactPct().getAsDouble())
                    : BookFigure.missing(r.notAssessedReason() == null ? "Not assessed." : r.notAssessedReason());
            BookFigure currency = role == null ? BookFigure.missing(WITHHELD)
                    : r != null && r.impactCurrency().isPresent() ? BookFigure.of(r.impactCurrency().getAsDouble())
                    : BookFigure.missing(pct.known() ? "The portfolio's total value is unknown." : pct.missingReason());
            BookFigure covered = r == null ? BookFigure.missing(pct.missingReason()) : BookFigure.of(r.coveredShare());
            entries.add(new BookScenarioEntry(p.getId(), p.getClientName(), owners.getOrDefault(p.getOwnerId(),
                    "unknown"), role, dates.get(i), pct, currency, covered));
        }
        return new BookScenario(scenarioId, scenario.name(), scenario.scenario().version(), entries);
    }

    /** Own first, then shared; for an administrator every portfolio, with no role. At most {@link #MAX_BOOK}. */
    private Map<Portfolio, AccessRole> visible(SignedInUser me) {
        Map<Portfolio, AccessRole> book = new LinkedHashMap<>();
        if (me.isAdmin()) {
            portfolios.findByDeletedAtIsNullOrderByUpdatedAtDesc().stream().limit(MAX_BOOK)
                    .forEach(p -> book.put(p, p.getOwnerId() == me.id() ? AccessRole.OWNER : null));
            return book;
        }
        portfolios.findByOwnerIdAndDeletedAtIsNullOrderByUpdatedAtDesc(me.id()).stream().limit(MAX_BOOK)
                .forEach(p -> book.put(p, AccessRole.OWNER));
        service.sharedWith(me).forEach((p, role) -> {
            if (book.size() < MAX_BOOK) {
                book.put(p, role);
            }
        });
        return book;
    }

    private Map<Portfolio, AccessRole> chosen(SignedInUser me, Collection<Long> ids) {
        if (ids.size() > MAX_BOOK) {
            throw new InvalidPortfolioException("selection", -1, "Choose at most " + MAX_BOOK + " portfolios.");
        }
        Map<Portfolio, AccessRole> out = new LinkedHashMap<>();
        for (long id : new java.util.LinkedHashSet<>(ids)) {
            Portfolio p = portfolios.require(id);
            if (me.isAdmin()) {
                out.put(p, p.getOwnerId() == me.id() ? AccessRole.OWNER : null);
            } else {
                out.put(p, access.requireRead(p, me));
            }
        }
        return out;
    }

    private List<BookEntry> entries(SignedInUser me, Map<Portfolio, AccessRole> book) {
        List<Portfolio> list = List.copyOf(book.keySet());
        List<PortfolioBatchScoring.Result> scored = batch.score(list);
        Map<Long, String> owners = ownerNames(list);
        Map<Long, Integer> grantCounts = grantCounts(list);
        List<BookEntry> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Portfolio p = list.get(i);
            out.add(entry(p, book.get(p), owners.getOrDefault(p.getOwnerId(), "unknown"),
                    grantCounts.getOrDefault(p.getId(), 0), scored.get(i).asOf(), scored.get(i).assessment()));
        }
        return out;
    }

    private static BookEntry entry(Portfolio p, AccessRole role, String owner, int grantCount, LocalDate asOf,
                                   PortfolioAssessment a) {
        String why = PortfolioBatchScoring.notScoredReason(p, asOf);
        if (a == null) {
            BookFigure none = BookFigure.missing(why);
            return new BookEntry(p.getId(), p.getClientName(), p.getOwnerId(), owner, role, p.holdingCount(),
                    grantCount, asOf, null, Map.of(), none, none, null, none, none, why, why);
        }
        Optional<WorstCase> worst = a.worstCase();
        String noWorst = "No scenario could be assessed.";
        BookFigure worstPct = worst.map(w -> BookFigure.of(w.impactPct())).orElse(BookFigure.missing(noWorst));
        Coverage c = a.coverage();
        boolean totalKnown = c.unvaluedTickers().isEmpty();
        String unknownTotal = "Unknown: no usable price for " + String.join(", ", c.unvaluedTickers()) + ".";
        BookFigure worstCurrency = role == null ? BookFigure.missing(WITHHELD)
                : worst.isEmpty() ? BookFigure.missing(noWorst)
                : totalKnown ? BookFigure.of(worst.get().impactCurrency()) : BookFigure.missing(unknownTotal);
        BookFigure value = role == null ? BookFigure.missing(WITHHELD)
                : totalKnown ? BookFigure.of(c.knownValue()) : BookFigure.missing(unknownTotal);
        BookFigure share = c.scoredShare().isPresent() ? BookFigure.of(c.scoredShare().getAsDouble())
                : BookFigure.missing("Nothing could be valued.");
        return new BookEntry(p.getId(), p.getClientName(), p.getOwnerId(), owner, role, p.holdingCount(), grantCount,
                asOf, a.grade(), a.dimensions(), worstPct, worstCurrency,
                worst.map(WorstCase::scenarioName).orElse(null), value, share, c.summary(), null);
    }

    private Map<Long, String> ownerNames(List<Portfolio> list) {
        Set<Long> owners = new HashSet<>();
        list.forEach(p -> owners.add(p.getOwnerId()));
        return currentUser.displayNames(owners);
    }

    private Map<Long, Integer> grantCounts(List<Portfolio> list) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!list.isEmpty()) {
            grants.countByPortfolio(list.stream().map(Portfolio::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }
}
