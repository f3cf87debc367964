package com.rotationrisk.report;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.proposal.InvalidProposalException;
import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.ProposalService;
import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.proposal.TradePlan;
import com.rotationrisk.risk.HoldingLine;
import com.rotationrisk.risk.IndicatorSeries;
import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.ScenarioSet;
import com.rotationrisk.risk.engine.AssetType;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client-ready PDF reports. Generating one checks that the caller may read the portfolio, archives
 * the PDF with its exact inputs, and returns it; archived reports can be re-downloaded byte for
 * byte or regenerated from their inputs and compared. Generating, downloading and regenerating are in the audit
 * trail (previews are not: they reach nobody but the person looking).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportService {

    static final int CHARTED_POSITIONS = 5;
    static final int CHART_DAYS = 252;

    private final ReportGenerator generator;
    private final ReportArchive archive;
    private final PortfolioService portfolios;
    private final RiskService risk;
    private final BarStore bars;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final ReportSettings settings;
    private final AuditTrail trail;
    private final TransactionTemplate tx;
    private final PreviewQuota previews = new PreviewQuota();
    private final ReportWorkers workers;
    private final Timer renderTimer;
    private final ProposalDrafts proposalDrafts;
    private final ProposalService proposals;

    ReportService(ReportSettings settings, ReportGenerator generator, ReportArchive archive, PortfolioService portfolios,
                  RiskService risk, BarStore bars, CurrentUser currentUser,
                  JsonMapper json, Clock clock, AuditTrail trail, TransactionTemplate tx, ReportWorkers workers,
                  MeterRegistry meters, ProposalDrafts proposalDrafts, ProposalService proposals) {
        this.proposalDrafts = proposalDrafts;
        this.proposals = proposals;
        this.workers = workers;
        this.renderTimer = Timer.builder("rotationrisk.report.render")
                .description("Drawing a report: scoring its inputs and laying out the PDF").register(meters);
        this.trail = trail;
        this.tx = tx;
        this.generator = generator;
        this.archive = archive;
        this.portfolios = portfolios;
        this.risk = risk;
        this.bars = bars;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    public Set<String> templates() {
        return generator.catalog().ids();
    }

    /**
     * Generates, archives and returns a report of a portfolio the caller may read. Not one transaction: the inputs
     * are read (each read in its own short transaction), the PDF is drawn holding no database connection, and the
     * archive row and its audit entry are written in one transaction. At most {@code max-generated-per-hour} per
     * person.
     */
    public GeneratedReport generate(long portfolioId, String templateId, LocalDate requestedAsOf) {
        return generate(portfolioId, templateId, requestedAsOf, null);
    }

    /**
     * As {@link #generate(long, String, LocalDate)}, with the {@code proposed-changes} section showing proposal
     * {@code proposalId} (null: none). The proposal must be one of this portfolio's, not yet accepted, and its trades
     * must apply at the report's date; the archive keeps it as it is now.
     */
    public GeneratedReport generate(long portfolioId, String templateId, LocalDate requestedAsOf, Long proposalId) {
        SignedInUser me = currentUser.require();
        ReportInputs inputs = inputs(me, portfolioId, templateId, requestedAsOf, proposalId);
        if (archive.generatedSince(me.id(), clock.instant().minus(Duration.ofHours(1))) >= settings.maxGeneratedPerHour()) {
            throw new ReportRateLimitException("You generated " + settings.maxGeneratedPerHour()
                    + " reports in the last hour; wait a little, or download one from the archive.");
        }
        byte[] pdf = render(inputs, true);
        String sha = sha256(pdf);
        String inputsJson = write(inputs);
        long id = tx.execute(status -> {
            long stored = archive.store(portfolioId, templateId, me.id(), inputs.generatedAt(), inputs.asOf(),
                    inputs.modelVersion(), inputsJson, pdf, sha);
            trail.record(AuditAction.REPORT_GENERATED, me.auditActor(), portfolioId,
                    "Report generated: " + describe(templateId, inputs.asOf(), stored) + (inputs.proposal() == null
                            ? "" : ", with proposal \"" + inputs.proposal().name() + "\" (version "
                            + inputs.proposal().version() + ")"));
            return stored;
        });
        ArchivedReport archived = new ArchivedReport(id, portfolioId, templateId, me.displayName(),
                inputs.generatedAt(), inputs.asOf(), inputs.modelVersion(), sha, pdf.length);
        return new GeneratedReport(archived, fileName(inputs), pdf);
    }

    /**
     * The report as it would be generated now, for a look before it goes to a client: drawn exactly as
     * {@link #generate} would, archived nowhere. At most {@code max-generated-per-hour} previews per person per hour.
     */
    public byte[] preview(long portfolioId, String templateId, LocalDate requestedAsOf) {
        return preview(portfolioId, templateId, requestedAsOf, null);
    }

    /** A preview with the {@code proposed-changes} section of proposal {@code proposalId} (null: none). */
    public byte[] preview(long portfolioId, String templateId, LocalDate requestedAsOf, Long proposalId) {
        SignedInUser me = currentUser.require();
        ReportInputs inputs = inputs(me, portfolioId, templateId, requestedAsOf, proposalId);
        if (!previews.tryAcquire(me.id(), settings.maxGeneratedPerHour(), clock.instant())) {
            throw new ReportRateLimitException("You previewed " + settings.maxGeneratedPerHour()
                    + " reports in the last hour; wait a little.");
        }
        return render(inputs, true);
    }

    private ReportInputs inputs(SignedInUser me, long portfolioId, String templateId, LocalDate requestedAsOf,
                                Long proposalId) {
        PortfolioDetails details = portfolios.open(portfolioId);
        ReportInputs.Proposal proposal = proposalId == null ? null : proposal(portfolioId, proposalId);
        if (templateId == null || !templates().contains(templateId)) {
            throw new InvalidReportRequestException("template", "Unknown report template '"
                    + (templateId == null ? "" : templateId.substring(0, Math.min(60, templateId.length()))) + "'");
        }
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : portfolios.defaultAsOf(portfolioId);
        if (asOf == null) {
            throw new InvalidReportRequestException("asOf",
                    "None of the holdings has prices, so there is nothing to report.");
        }
        // the portfolio's set, the same for every reader; it holds published scenarios only
        ScenarioSet scenarioSet = portfolios.scenarioSet(portfolioId);
        return new ReportInputs(1, templateId, details.content().clientName(),
                details.content().notes(), details.ownerName(), me.displayName(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), asOf, risk.modelVersion(),
                details.content().holdings().stream().map(h -> new ReportInputs.Holding(h.ticker(),
                        h.quantity().doubleValue(), h.costBasisPerShare() == null ? null
                                : h.costBasisPerShare().doubleValue(),
                        h.filePrice() == null ? null : h.filePrice().doubleValue(), h.filePriceDate())).toList(),
                scenarioSet.scenarios(), risk.defaultSpreadName(), scenarioSet.name(), proposal);
    }

    /**
     * The proposal as it is now. One of another portfolio, or one the caller may not read, is refused as a missing
     * one is, so the answer tells nothing about proposals the caller may not see.
     */
    private ReportInputs.Proposal proposal(long portfolioId, long proposalId) {
        StoredProposal p;
        try {
            p = proposalDrafts.open(proposalId);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException("No such proposal");
        }
        if (p.portfolioId() != portfolioId) {
            throw new AccessDeniedException("No such proposal");
        }
        if (p.status() == StoredProposal.Status.ACCEPTED) {
            // its trades are in the holdings already: applying them again would show them twice
            throw new InvalidReportRequestException("proposal", "\"" + p.name() + "\" was accepted, so its trades "
                    + "are already in the holdings this report shows; choose a draft or a rejected proposal.");
        }
        return new ReportInputs.Proposal(p.id(), p.name(), p.status(), p.version(),
                p.trades().stream().map(ReportInputs.ProposalTrade::of).toList());
    }

    @Transactional(readOnly = true)
    public List<ArchivedReport> archiveOf(long portfolioId) {
        portfolios.open(portfolioId);
        List<ReportArchive.Stored> stored = archive.forPortfolio(portfolioId);
        Map<Long, String> names = currentUser.displayNames(stored.stream().map(ReportArchive.Stored::generatedBy)
                .distinct().toList());
        return stored.stream().map(s -> summary(s, names)).toList();
    }

    /** The archived PDF exactly as it was generated. */
    @Transactional
    public GeneratedReport download(long archiveId) {
        ReportArchive.Stored stored = readable(archiveId);
        trail.record(AuditAction.REPORT_DOWNLOADED, currentUser.require().auditActor(), stored.portfolioId(),
                "Archived report downloaded: " + describe(stored.templateId(), stored.asOf(), archiveId));
        return new GeneratedReport(summary(stored, currentUser.displayNames(List.of(stored.generatedBy()))),
                fileName(read(stored.inputsJson())), archive.pdf(archiveId));
    }

    /**
     * Regenerates from the stored inputs; identical to the archived bytes unless stored prices changed since.
     * Archives nothing; drawn without holding a database connection.
     */
    public GeneratedReport regenerate(long archiveId) {
        ReportArchive.Stored stored = readable(archiveId);
        ReportInputs inputs = read(stored.inputsJson());
        byte[] pdf = render(inputs, false);
        ArchivedReport archived = summary(stored, currentUser.displayNames(List.of(stored.generatedBy())));
        String sha = sha256(pdf);
        tx.executeWithoutResult(status -> trail.record(AuditAction.REPORT_REGENERATED,
                currentUser.require().auditActor(), stored.portfolioId(), "Archived report regenerated: "
                        + describe(stored.templateId(), stored.asOf(), archiveId) + "; identical to the archived PDF: "
                        + (sha.equals(stored.sha256()) ? "yes" : "no")));
        return new GeneratedReport(new ArchivedReport(archived.id(), archived.portfolioId(), archived.templateId(),
                archived.generatedByName(), archived.generatedAt(), archived.asOf(), archived.modelVersion(),
                sha, pdf.length), fileName(inputs), pdf);
    }

    private ReportArchive.Stored readable(long archiveId) {
        ReportArchive.Stored stored = archive.find(archiveId)
                .orElseThrow(() -> new AccessDeniedException("No such report"));
        portfolios.open(stored.portfolioId()); // throws AccessDeniedException for a portfolio the caller may not read
        return stored;
    }

    /** Removes archived reports older than {@code rotationrisk.reports.archive-retention}, daily. */
    @Scheduled(cron = "0 17 3 * * *")
    @PreAuthorize("permitAll()")
    void applyRetention() {
        archive.deleteGeneratedBefore(clock.instant().minus(settings.archiveRetention()));
    }

    /**
     * @param refuseUnappliedProposal refuse (rather than print the reason) a proposal whose trades do not apply at
     *                                the report's date: a new report is refused, an archived one is redrawn as far
     *                                as it can be
     */
    private byte[] render(ReportInputs inputs, boolean refuseUnappliedProposal) {
        // Drawing a PDF takes seconds; a database connection held meanwhile would be one fewer for everyone else.
        Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
                "Reports are drawn outside any transaction");
        // the timer measures the drawing itself; the wait for a free worker is not in it
        return workers.draw(() -> renderTimer.record(() -> draw(inputs, refuseUnappliedProposal)));
    }

    private byte[] draw(ReportInputs inputs, boolean refuseUnappliedProposal) {
        List<HoldingLine> lines = inputs.holdings().stream()
                .map(h -> new HoldingLine(h.ticker(), h.quantity(), h.costBasisPerShare(), h.filePrice(),
                        h.filePriceDate())).toList();
        PortfolioAssessment assessment = risk.assess(lines, inputs.asOf(), inputs.scenarios(),
                inputs.rotationSpread());
        ProposedChanges proposal = inputs.proposal() == null ? null
                : proposedChanges(inputs, assessment, refuseUnappliedProposal);
        return generator.generate(new ReportRequest(inputs.templateId(), inputs.clientName(), inputs.notes(),
                inputs.portfolioOwner(), inputs.generatedBy(), inputs.generatedAt(), inputs.asOf(),
                inputs.modelVersion(), assessment, chartSeries(assessment), inputs.scenarioSet(), proposal));
    }

    /**
     * The archived proposal's trades applied to the archived holdings, both sides scored as the report itself is
     * (its date, scenarios and rotation spread), so a regenerated report shows the same figures.
     */
    private ProposedChanges proposedChanges(ReportInputs inputs, PortfolioAssessment before, boolean refuse) {
        ReportInputs.Proposal p = inputs.proposal();
        List<Trade> trades = p.trades().stream().map(ReportInputs.ProposalTrade::trade).toList();
        List<HoldingInput> holdings = inputs.holdings().stream().map(h -> new HoldingInput(h.ticker(),
                BigDecimal.valueOf(h.quantity()), decimal(h.costBasisPerShare()), decimal(h.filePrice()),
                h.filePriceDate())).toList();
        Function<List<HoldingInput>, PortfolioAssessment> scorer = after -> risk.assess(after.stream()
                .map(h -> new HoldingLine(h.ticker(), h.quantity().doubleValue(), number(h.costBasisPerShare()),
                        number(h.filePrice()), h.filePriceDate())).toList(), inputs.asOf(), inputs.scenarios(),
                inputs.rotationSpread());
        try {
            ProposalComparison comparison = proposals.compare(inputs.clientName(), holdings, before, trades, scorer);
            return new ProposedChanges(p.id(), p.name(), p.status(), p.version(), trades, comparison, null);
        } catch (InvalidProposalException e) {
            String reason = "its trades cannot be applied at the prices of " + inputs.asOf() + ": "
                    + String.join(" ", e.problems().stream().map(ReportService::problem).toList());
            if (refuse) {
                throw new InvalidReportRequestException("proposal", "The proposal \"" + p.name() + "\" cannot be "
                        + "shown: " + reason);
            }
            return new ProposedChanges(p.id(), p.name(), p.status(), p.version(), trades, null, reason);
        }
    }

    private static String problem(TradePlan.Problem problem) {
        return problem.index() < 0 ? problem.message() : "Trade " + (problem.index() + 1) + ": " + problem.message();
    }

    private static BigDecimal decimal(Double v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static Double number(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    private Map<String, ChartSeries> chartSeries(PortfolioAssessment a) {
        Map<String, ChartSeries> series = new LinkedHashMap<>();
        a.positions().stream().filter(p -> p.profile().type() != AssetType.CASH)
                .sorted(Comparator.comparingDouble(PositionAssessment::weight).reversed()).limit(CHARTED_POSITIONS)
                .forEach(p -> {
                    IndicatorSeries s = IndicatorSeries.of(bars.barsUpTo(p.ticker(), a.asOf()), a.asOf(), CHART_DAYS,
                            risk.config().windows());
                    if (s.dates().length > 0) {
                        series.put(p.ticker(), new ChartSeries(s.dates(), s.close(), s.smaShort(), s.smaLong(), s.rsi()));
                    }
                });
        return series;
    }

    private ArchivedReport summary(ReportArchive.Stored s, Map<Long, String> names) {
        return new ArchivedReport(s.id(), s.portfolioId(), s.templateId(), names.getOrDefault(s.generatedBy(), "unknown"),
                s.generatedAt(), s.asOf(), s.modelVersion(), s.sha256(), s.byteSize());
    }

    private static String describe(String templateId, LocalDate asOf, long archiveId) {
        return "template " + templateId + ", as of " + asOf + ", archive id " + archiveId;
    }

    private static String fileName(ReportInputs inputs) {
        String client = inputs.clientName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        client = client.isEmpty() ? "portfolio" : client.substring(0, Math.min(60, client.length()));
        return client + "-" + inputs.templateId() + "-" + inputs.asOf() + ".pdf";
    }

    private String write(ReportInputs inputs) {
        try {
            return json.writeValueAsString(inputs);
        } catch (JacksonException e) {
            throw new IllegalStateException("Could not record the report's inputs", e);
        }
    }

    private ReportInputs read(String text) {
        try {
            return json.readValue(text, ReportInputs.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("The archived inputs of this report cannot be read", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
