package com.rotationrisk.portfolio;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.risk.HoldingLine;
import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioSet;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client portfolios. Every method that reads or writes one checks the caller through
 * {@link PortfolioAccess}; saving is transactional and refuses to overwrite a newer version.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PortfolioService {

    public static final int MAX_HOLDINGS = PortfolioRules.MAX_HOLDINGS;

    private final PortfolioRepository portfolios;
    private final PortfolioGrantRepository grants;
    private final PortfolioAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final PortfolioValuationDate valuationDate;
    private final RiskService risk;
    private final java.time.Clock clock;
    private final ScenarioService scenarios;
    private final PortfolioScenarios addedScenarios;

    PortfolioService(PortfolioRepository portfolios, PortfolioGrantRepository grants, PortfolioAccess access,
                     AuditTrail audit, CurrentUser currentUser,
                     PortfolioValuationDate valuationDate, RiskService risk, ScenarioService scenarios,
                     PortfolioScenarios addedScenarios, java.time.Clock clock) {
        this.portfolios = portfolios;
        this.grants = grants;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.valuationDate = valuationDate;
        this.risk = risk;
        this.clock = clock;
        this.scenarios = scenarios;
        this.addedScenarios = addedScenarios;
    }

    @Transactional(readOnly = true)
    public List<PortfolioSummary> myPortfolios(String search) {
        SignedInUser me = currentUser.require();
        return summaries(portfolios.findByOwnerIdAndDeletedAtIsNullOrderByUpdatedAtDesc(me.id()), p -> AccessRole.OWNER, search);
    }

    /** Portfolios others own that a grant in effect now lets the caller see, with the best role it gives. */
    @Transactional(readOnly = true)
    public List<PortfolioSummary> sharedWithMe(String search) {
        SignedInUser me = currentUser.require();
        Map<Portfolio, AccessRole> shared = sharedWith(me);
        return summaries(List.copyOf(shared.keySet()), shared::get, search);
    }

    /** Portfolios others own that a grant in effect now lets {@code me} see, with the best role each gives. */
    Map<Portfolio, AccessRole> sharedWith(SignedInUser me) {
        Map<Long, List<PortfolioGrant>> byPortfolio = new HashMap<>();
        grants.candidatesFor(me.id(), me.teamId(), currentUser.teamMemberIds())
                .forEach(g -> byPortfolio.computeIfAbsent(g.getPortfolioId(), k -> new ArrayList<>()).add(g));
        List<Portfolio> candidates = portfolios.findByIdInAndDeletedAtIsNullOrderByUpdatedAtDesc(byPortfolio.keySet())
                .stream().filter(p -> p.getOwnerId() != me.id()).toList();
        Map<Long, Long> ownerTeams = access.ownerTeams(candidates);
        Map<Portfolio, AccessRole> shared = new LinkedHashMap<>();
        candidates.forEach(p -> access.bestRole(byPortfolio.get(p.getId()), ownerTeams.get(p.getOwnerId()), me)
                .ifPresent(role -> shared.put(p, role)));
        return shared;
    }

    @Transactional(readOnly = true)
    public PortfolioDetails open(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        return details(p, access.requireRead(p, me));
    }

    @Transactional
    public PortfolioDetails create(PortfolioDraft draft) {
        SignedInUser me = currentUser.require();
        PortfolioDraft valid = validate(draft);
        Portfolio p = portfolios.save(new Portfolio(me.id(), valid));
        grade(p);
        portfolios.flush(); // the returned version must be the stored one
        audit.record(AuditAction.CREATE, me.auditActor(), p.getId(), valid.clientName() + ", " + valid.holdings().size() + " holdings");
        return details(p, AccessRole.OWNER);
    }

    /**
     * Saves the editor's content if nobody saved since {@code expectedVersion}; otherwise writes
     * nothing and throws {@link ConcurrentEditException} describing what the other person changed. Saving what is
     * already stored (a repeated click, a second tab) writes nothing: no new version, no audit entry.
     */
    @Transactional
    public PortfolioDetails save(long id, PortfolioDraft draft, long expectedVersion, PortfolioDraft openedContent) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        AccessRole role = access.requireEdit(p, me);
        PortfolioDraft valid = validate(draft);
        if (p.getVersion() != expectedVersion) {
            PortfolioDetails current = details(p, role);
            throw new ConcurrentEditException(current,
                    PortfolioChanges.between(openedContent == null ? current.content() : openedContent,
                            current.content()));
        }
        if (PortfolioChanges.identical(p.draft(), valid)) {
            return details(p, role);
        }
        List<String> changes = PortfolioChanges.between(p.draft(), valid);
        p.apply(valid, me.id());
        grade(p);
        portfolios.flush();
        audit.record(AuditAction.SAVE, me.auditActor(), id, changes.isEmpty() ? "no changes" : String.join("; ", changes));
        return details(p, role);
    }

    /**
     * Copies a portfolio into the caller's own. The owner and editors may; a viewer only when the owner allows
     * viewers to copy. The copy records its source, and both trails say who copied what.
     */
    @Transactional
    public PortfolioDetails duplicate(long id) {
        SignedInUser me = currentUser.require();
        Portfolio source = load(id);
        AccessRole role = access.requireRead(source, me);
        if (role == AccessRole.VIEWER && !source.viewersMayCopy()) {
            throw new AccessDeniedException("The owner has not allowed viewers to copy this portfolio");
        }
        PortfolioDraft d = source.draft();
        String name = ("Copy of " + d.clientName());
        Portfolio copy = new Portfolio(me.id(), new PortfolioDraft(
                name.length() > 200 ? name.substring(0, 200) : name, d.baseCurrency(), d.notes(), d.holdings()));
        copy.copiedFrom(id);
        portfolios.save(copy);
        grade(copy);
        portfolios.flush();
        addedScenarios.copy(id, copy.getId(), me.id()); // same holdings, same scenario set: same numbers
        audit.record(AuditAction.DUPLICATE, me.auditActor(), copy.getId(), "copy of portfolio " + id + " ("
                + d.clientName() + ")");
        audit.record(AuditAction.DUPLICATE, me.auditActor(), id, "copied into portfolio " + copy.getId() + " of "
                + me.displayName());
        return details(copy, AccessRole.OWNER);
    }

    /**
     * Deletes for everyone it is shared with. The portfolio is hidden, not erased: its archived client reports and
     * its audit trail stay, and an administrator can restore it within the retention period.
     */
    @Transactional
    public void delete(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireOwner(p, me);
        p.markDeleted(me.id(), clock.instant());
        audit.record(AuditAction.DELETE, me.auditActor(), id, p.getClientName());
    }

    /** The date to value a portfolio at when none is chosen: the latest date every holding has a price. */
    @Transactional(readOnly = true)
    public LocalDate defaultAsOf(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireRead(p, me);
        return valuationDate.latestCommonDate(p.draft().holdings());
    }

    /** The dates with prices for a portfolio the caller may read (what its as-of date may be); null without any. */
    @Transactional(readOnly = true)
    public PriceCoverage priceCoverage(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireRead(p, me);
        return valuationDate.coverage(p.draft().holdings());
    }

    /** The holdings of a portfolio the caller may read that have no prices, or prices far older than the rest. */
    @Transactional(readOnly = true)
    public List<String> holdingsNeedingPrices(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireRead(p, me);
        return valuationDate.needingPrices(p.draft().holdings());
    }

    /** Scores a portfolio the caller may read. */
    @Transactional(readOnly = true)
    public PortfolioAssessment analyse(long id, LocalDate asOf) {
        return analyse(id, asOf, null);
    }

    /** The rotation spreads an analysis may use, the firm's default first. */
    public List<String> spreadNames() {
        currentUser.require();
        return risk.spreadNames();
    }

    /** Scores a portfolio the caller may read with the named rotation spread (blank: the firm's default). */
    @Transactional(readOnly = true)
    public PortfolioAssessment analyse(long id, LocalDate asOf, String spreadName) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireRead(p, me);
        requireAsOf(asOf);
        return risk.assess(lines(p.draft()), asOf, setOf(p).scenarios(), spreadName);
    }

    private void requireAsOf(LocalDate asOf) {
        if (asOf == null || asOf.isAfter(LocalDate.now(clock))) {
            throw new InvalidPortfolioException("asOf", -1, "Choose a date up to today: prices after today do not "
                    + "exist yet.");
        }
    }

    /**
     * Scores variants of this portfolio's holdings (a proposal's before and after, a suggestion's candidate trims) as
     * {@link #analyse} scores the saved ones (same scenario set, engine and date), with the inputs read once and each
     * instrument analysed once: for a caller who may read the portfolio. {@code otherTickers} are instruments the
     * variants may hold besides the saved ones.
     */
    @Transactional(readOnly = true)
    public java.util.function.Function<List<HoldingInput>, PortfolioAssessment> variantScorer(long id, LocalDate asOf,
                                                                                            Set<String> otherTickers) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireRead(p, me);
        requireAsOf(asOf);
        Set<String> tickers = new HashSet<>(otherTickers);
        p.draft().holdings().forEach(h -> tickers.add(h.ticker()));
        var scorer = risk.variants(tickers, asOf, setOf(p).scenarios());
        return holdings -> scorer.apply(lines(new PortfolioDraft(p.getClientName(), "USD", null, holdings)));
    }

    /**
     * The scenarios a portfolio is stressed under, on screen and in its reports: the firm default set plus the
     * published scenarios added to this portfolio. The same for everyone who may read it.
     */
    @Transactional(readOnly = true)
    public ScenarioSet scenarioSet(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireRead(p, me);
        return setOf(p);
    }

    /** Published scenarios not yet in the portfolio's set, for its owner or an editor to add. */
    @Transactional(readOnly = true)
    public List<ScenarioView> scenariosToAdd(long id) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireEdit(p, me);
        ScenarioSet set = setOf(p);
        Set<Long> inSet = new HashSet<>();
        set.firmDefault().forEach(m -> inSet.add(m.id()));
        set.added().forEach(m -> inSet.add(m.id()));
        return scenarios.publishedScenarios().stream().filter(s -> !inSet.contains(s.id())).toList();
    }

    /**
     * Adds a published scenario to the portfolio's set (owner or editor). A draft is refused with an
     * {@link com.rotationrisk.risk.InvalidScenarioException} on field {@code scenario}.
     */
    @Transactional
    public ScenarioSet addScenario(long id, long scenarioId) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireEdit(p, me);
        ScenarioSet.Member scenario = scenarios.addable(scenarioId);
        if (addedScenarios.add(id, scenarioId, me.id())) {
            audit.record(AuditAction.ADD_SCENARIO, me.auditActor(), id, describe(scenario));
        }
        return setOf(p);
    }

    /** Takes an added scenario out of the portfolio's set (owner or editor); the firm default set stays. */
    @Transactional
    public ScenarioSet removeScenario(long id, long scenarioId) {
        SignedInUser me = currentUser.require();
        Portfolio p = load(id);
        access.requireEdit(p, me);
        ScenarioSet set = setOf(p);
        if (set.firmDefault().stream().anyMatch(m -> m.id() == scenarioId)) {
            throw new InvalidPortfolioException("scenario", -1,
                    "Scenarios of the firm default set apply to every portfolio and cannot be removed from one.");
        }
        set.added().stream().filter(m -> m.id() == scenarioId).findFirst().ifPresent(m -> {
            addedScenarios.remove(id, scenarioId);
            audit.record(AuditAction.REMOVE_SCENARIO, me.auditActor(), id, describe(m));
        });
        return setOf(p);
    }

    private ScenarioSet setOf(Portfolio p) {
        return scenarios.scenarioSet(addedScenarios.addedTo(p.getId()));
    }

    private static String describe(ScenarioSet.Member m) {
        return m.name() + " (" + m.scenario().id() + " v" + m.scenario().version() + ")";
    }

    /** The draft as stored, or {@link InvalidPortfolioException} listing every {@link PortfolioRules#problems}. */
    PortfolioDraft validate(PortfolioDraft draft) {
        List<PortfolioRules.Problem> problems = PortfolioRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(problems);
        }
        return PortfolioRules.cleaned(draft);
    }

    private void grade(Portfolio p) {
        PortfolioDraft d = p.draft();
        LocalDate asOf = valuationDate.latestCommonDate(d.holdings());
        if (asOf == null || d.holdings().isEmpty()) {
            p.grade(null, null);
            return;
        }
        // The portfolio's own scenario set: the grade in the list is the grade of the analysis, for every viewer.
        OverallGrade grade = risk.assess(lines(d), asOf, setOf(p).scenarios()).grade();
        p.grade(grade.score().isPresent() ? grade.grade() : null, asOf);
    }

    static List<HoldingLine> lines(PortfolioDraft d) {
        return d.holdings().stream().map(h -> new HoldingLine(h.ticker(), h.quantity().doubleValue(),
                h.costBasisPerShare() == null ? null : h.costBasisPerShare().doubleValue(),
                h.filePrice() == null ? null : h.filePrice().doubleValue(), h.filePriceDate())).toList();
    }

    private Portfolio load(long id) {
        return portfolios.require(id);
    }

    private PortfolioDetails details(Portfolio p, AccessRole role) {
        Map<Long, String> names = currentUser.displayNames(List.of(p.getOwnerId(), p.getUpdatedBy()));
        return new PortfolioDetails(p.getId(), p.getVersion(), names.getOrDefault(p.getOwnerId(), "unknown"), role,
                p.getUpdatedAt(), names.getOrDefault(p.getUpdatedBy(), "unknown"), p.draft());
    }

    private List<PortfolioSummary> summaries(List<Portfolio> list, Function<Portfolio, AccessRole> role,
                                             String search) {
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        List<Portfolio> matches = list.stream()
                .filter(p -> needle.isEmpty() || p.getClientName().toLowerCase(Locale.ROOT).contains(needle)).toList();
        Set<Long> people = new HashSet<>();
        matches.forEach(p -> {
            people.add(p.getOwnerId());
            people.add(p.getUpdatedBy());
        });
        Map<Long, String> names = currentUser.displayNames(people);
        Map<Long, PortfolioSummary> out = new LinkedHashMap<>();
        for (Portfolio p : matches) {
            out.put(p.getId(), new PortfolioSummary(p.getId(), p.getClientName(), names.get(p.getOwnerId()), role.apply(p),
                    p.getUpdatedAt(), names.get(p.getUpdatedBy()), p.holdingCount(), p.getLastGrade(),
                    p.getLastGradedAsOf(), role.apply(p) != AccessRole.VIEWER || p.viewersMayCopy()));
        }
        return List.copyOf(out.values());
    }

}
