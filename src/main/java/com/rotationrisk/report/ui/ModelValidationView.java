package com.rotationrisk.report.ui;

import com.rotationrisk.report.validation.ModelValidation;
import com.rotationrisk.report.validation.ModelValidationService;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Classification;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Spread;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Universe;
import com.rotationrisk.risk.engine.evidence.EvidenceReport;
import com.rotationrisk.uikit.BackgroundWork;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Administrators run the evidence study on the firm's whole price universe and download the model validation report
 * (PDF). The study runs on a background thread with the administrator's security context; the screen polls for its
 * progress and stays usable. Leaving the screen cancels a running study.
 */
@Route("model-validation")
@PageTitle("Model validation · Rotation Risk")
@Menu(order = 24, title = "Model validation", icon = "vaadin:clipboard-check")
@RolesAllowed("ADMIN")
public class ModelValidationView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ModelValidationView.class);

    private final ModelValidationService validation;
    private final SecurityContextHolderStrategy security;
    private final Button run = new Button("Run evidence study");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();
    private final AtomicInteger percent = new AtomicInteger();
    private Thread worker;

    public ModelValidationView(ModelValidationService validation, SecurityContextHolderStrategy security) {
        this.validation = validation;
        this.security = security;
        setId("model-validation-view");
        Paragraph intro = new Paragraph("Runs the evidence study on every instrument with price history in the "
                + "database (bundled, imported and fetched): each instrument is scored at each month end from the "
                + "prices up to that date, and the scores are compared with what happened afterwards. The result is "
                + "shown below and can be downloaded as the model validation report for a compliance review. On the "
                + "bundled history the study takes about half a minute.");
        run.setId("run-study");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        progress.setId("study-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Evidence study progress");
        status.setId("study-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        results.setId("study-results");
        results.setWidthFull();
        add(new H2("Model validation"), intro, run, progress, status, results);
    }

    private void start() {
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        results.removeAll();
        percent.set(0);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Running the evidence study…");
        ui.setPollInterval(500);
        Runnable task = () -> {
            try {
                ModelValidation result = validation.run(p -> percent.accumulateAndGet(p, Math::max));
                byte[] pdf = validation.pdf(result);
                String fileName = validation.fileName(result);
                ui.access(() -> finished(result, pdf, fileName));
            } catch (CancellationException e) {
                log.info("Evidence study cancelled");
            } catch (RuntimeException e) {
                log.warn("Evidence study failed", e);
                ui.access(() -> failed(e));
            }
        };
        worker = BackgroundWork.start("evidence-study", security, task);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> {
            if (progress.isVisible()) {
                progress.setValue(percent.get());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (worker != null && worker.isAlive()) {
            worker.interrupt();
        }
        event.getUI().setPollInterval(-1);
    }

    private void failed(RuntimeException e) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        run.setEnabled(true);
        status.setText("The evidence study could not be completed: " + (e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage()) + ". Nothing was saved; you can run it again.");
    }

    private void finished(ModelValidation result, byte[] pdf, String fileName) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        run.setEnabled(true);
        EvidenceReport r = result.report();
        Universe u = r.universe();
        status.setText("Study finished: model " + r.modelVersion() + ", " + u.instruments() + " instruments, "
                + u.instrumentMonths() + " instrument month ends from " + ScreenDates.format(u.firstDate()) + " to " + ScreenDates.format(u.lastDate()) + " ("
                + u.months() + " months), " + u.truncatedLong() + " forward windows truncated by the end of the data."
                + " Benchmarks: " + result.benchmarkPair() + ".");
        results.removeAll();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" Download model validation report (PDF)"));
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        download.setId("download-validation");
        download.addClassName("download-button");
        download.getStyle().set("display", "inline-block").set("margin-bottom", "var(--lumo-space-m)");
        results.add(download);
        for (DimensionResult d : r.dimensions()) {
            results.add(new H3(d.dimension().label()));
            Grid<Spread> grid = new Grid<>();
            grid.addColumn(sp -> sp.measure().label() + ", " + sp.horizon() + " sessions")
                    .setHeader("Top minus bottom quintile").setAutoWidth(true);
            grid.addColumn(sp -> sp.estimate().n()).setHeader("Months").setAutoWidth(true);
            grid.addColumn(sp -> Formats.fixed(sp.estimate().mean(), 2)).setHeader("Mean (pp)").setAutoWidth(true);
            grid.addColumn(sp -> Formats.fixed(sp.estimate().t(), 2)).setHeader("t (Newey-West)")
                    .setAutoWidth(true);
            grid.addColumn(sp -> ci(sp.estimate().ciLow(), sp.estimate().ciHigh(), 2))
                    .setHeader("95 % CI (Newey-West)").setAutoWidth(true);
            grid.addColumn(sp -> ci(sp.bootstrap().low(), sp.bootstrap().high(), 2))
                    .setHeader("95 % CI (block bootstrap)").setAutoWidth(true);
            grid.setItems(d.spreads());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setId("significance-" + d.dimension().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Classification c = d.classification();
            Paragraph auc = new Paragraph("Forward " + r.settings().longHorizon() + "-session drawdowns above "
                    + Formats.percent(r.settings().drawdownEventPct(), 0) + ": " + c.events() + " of "
                    + c.observations() + " observations (base rate " + Formats.share(c.baseRate()) + "). AUC of the "
                    + "score " + Formats.fixed(c.auc(), 3) + ", 95 % CI " + ci(c.aucInterval().low(),
                            c.aucInterval().high(), 3) + " (0.5 = no skill). Event share in the top quintile "
                    + Formats.share(c.topEventShare()) + ", bottom quintile " + Formats.share(c.bottomEventShare())
                    + ".");
            auc.addClassName("study-auc");
            results.add(grid, auc);
        }
        results.add(new H3("Known limitations"));
        for (String caveat : r.caveats()) {
            results.add(new Paragraph(caveat));
        }
    }

    private static String ci(double low, double high, int decimals) {
        return "[" + Formats.fixed(low, decimals) + ", " + Formats.fixed(high, decimals) + "]";
    }
}
