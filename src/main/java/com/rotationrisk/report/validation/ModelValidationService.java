package com.rotationrisk.report.validation;

import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.Benchmarks;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.PriceHistory;
import com.rotationrisk.report.ReportGenerator;
import com.rotationrisk.report.template.FirmBranding;
import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.evidence.EvidenceReport;
import com.rotationrisk.risk.engine.evidence.EvidenceStudy;
import com.rotationrisk.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Model validation for administrators: runs the evidence study ({@link EvidenceStudy}) on every instrument with price
 * history in the database (bundled, imported and fetched alike), with the firm's default rotation spread as
 * benchmarks and the engine's configuration, and renders the model validation report PDF. Administrators only: the
 * study reads the whole price universe and takes a while.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ModelValidationService {

    private final BarStore barStore;
    private final InstrumentCatalog catalog;
    private final RiskService risk;
    private final ReportGenerator reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ModelValidationService(BarStore barStore, InstrumentCatalog catalog, RiskService risk, ReportGenerator reports,
            CurrentUser currentUser) {
        this.barStore = barStore;
        this.catalog = catalog;
        this.risk = risk;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
    }

    /**
     * Runs the study (tens of seconds on the bundled history; call it off the UI thread, with the caller's security
     * context). {@code progress} gets percentages 0-100, possibly from several threads. Interrupting the calling
     * thread cancels the run with a {@link java.util.concurrent.CancellationException}.
     */
    public ModelValidation run(IntConsumer progress) {
        String ranBy = currentUser.require().username();
        ModelConfig cfg = risk.config();
        Map<String, PriceHistory> histories = barStore.barsUpTo(catalog.names().keySet(), LocalDate.MAX);
        Map<String, DailyBars> bars = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        histories.forEach((symbol, h) -> {
            if (!h.isEmpty()) {
                try {
                    bars.put(symbol, new DailyBars(symbol, h.dates(), h.open(), h.high(), h.low(), h.close(),
                            h.volume()));
                } catch (IllegalArgumentException e) {
                    skipped.add(symbol + ": " + e.getMessage());
                }
            }
        });
        Benchmarks pair = catalog.benchmarks();
        MarketContext market = new MarketContext(pair.largeCapSymbol() == null ? null : bars.get(pair.largeCapSymbol()),
                pair.smallCapSymbol() == null ? null : bars.get(pair.smallCapSymbol()), pair.describe());
        EvidenceReport report = EvidenceStudy.run(bars, market, cfg, progress);
        return new ModelValidation(report, cfg, ranBy, clock.instant(), pair.describe(), skipped);
    }

    /** The model validation report of a run, as PDF bytes, with the firm's branding. */
    public byte[] pdf(ModelValidation run) {
        return ValidationReportPdf.render(run, firm());
    }

    /** The suggested file name of the PDF. */
    public String fileName(ModelValidation run) {
        return "model-validation-" + run.report().modelVersion() + "-" + LocalDate.ofInstant(run.ranAt(),
                java.time.ZoneOffset.UTC) + ".pdf";
    }

    private FirmBranding firm() {
        return reports.catalog().get(reports.catalog().ids().iterator().next()).firm();
    }
}
