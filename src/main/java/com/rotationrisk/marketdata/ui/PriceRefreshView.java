package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.PriceFetchService.HeldBackBar;
import com.rotationrisk.marketdata.PriceFetchService.RefreshRun;
import com.rotationrisk.marketdata.PriceFetchService.SymbolResult;
import com.rotationrisk.marketdata.PriceFetchService;
import com.rotationrisk.marketdata.PriceRefreshJob;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The daily price refresh for administrators: start it now, watch its progress symbol by symbol
 * (from any instance: progress is read from the database), see earlier runs and the bars held back
 * by the data-quality rules.
 */
@Route("instruments/refresh")
@PageTitle("Price refresh · Rotation Risk")
@Menu(order = 22, title = "Price refresh", icon = "vaadin:refresh")
@RolesAllowed("ADMIN")
public class PriceRefreshView extends VerticalLayout {

    private final PriceFetchService fetch;
    private final PriceRefreshJob job;
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<SymbolResult> results = new Grid<>();
    private final Grid<RefreshRun> runs = new Grid<>();
    private final Grid<HeldBackBar> heldBack = new Grid<>();
    private Registration polling;

    public PriceRefreshView(PriceFetchService fetch, PriceRefreshJob job) {
        this.fetch = fetch;
        this.job = job;
        setId("price-refresh-view");
        Paragraph intro = new Paragraph("Fetches daily prices for every instrument held in a saved portfolio and for"
                + " both legs of every rotation spread, from " + fetch.providerName().orElse("(no provider configured)")
                + ". It also runs by itself after the close on weekdays, once across all instances. Bars that fail a"
                + " data-quality rule are held back below and never scored.");
        Button start = new Button("Refresh prices now", e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("refresh-now");
        start.setEnabled(fetch.providerAvailable());
        status.setId("refresh-status");
        progress.setId("refresh-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Refresh progress");

        results.addColumn(SymbolResult::symbol).setHeader("Symbol").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(r -> r.outcome().name().replace('_', ' ').toLowerCase(Locale.ROOT))
                .setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(SymbolResult::stored).setHeader("Bars stored").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(SymbolResult::heldBack).setHeader("Held back").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(SymbolResult::message).setHeader("Details").setFlexGrow(1);
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setAllRowsVisible(true);
        results.setId("refresh-results");
        results.setEmptyStateText("Choose a refresh run below to see what happened to each symbol, or start a "
                + "refresh now.");

        runs.addColumn(r -> ScreenDates.formatDateTime(r.startedAt())).setHeader("Started").setAutoWidth(true);
        runs.addColumn(RefreshRun::startedBy).setHeader("By").setAutoWidth(true);
        runs.addColumn(RefreshRun::provider).setHeader("Provider").setAutoWidth(true);
        runs.addColumn(r -> r.succeeded() + " of " + r.symbols() + (r.failed() > 0 ? ", " + r.failed() + " failed"
                : "") + (r.finished() ? "" : " (running)")).setHeader("Symbols").setFlexGrow(1);
        runs.addThemeVariants(GridVariant.LUMO_COMPACT);
        runs.setAllRowsVisible(true);
        runs.setId("refresh-runs");
        runs.setEmptyStateText("No refresh has run yet. Start one with \"Refresh prices now\"; the daily refresh "
                + "runs on its own once an online price provider is configured.");
        runs.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                results.setItems(fetch.results(e.getValue().id()));
            }
        });

        heldBack.addColumn(HeldBackBar::symbol).setHeader("Symbol").setAutoWidth(true);
        heldBack.addColumn(h -> ScreenDates.format(h.date())).setHeader("Date").setAutoWidth(true);
        heldBack.addColumn(h -> h.close() == null ? "—" : String.format(Locale.ROOT, "%.4f", h.close()))
                .setHeader("Close").setAutoWidth(true);
        heldBack.addColumn(HeldBackBar::reason).setHeader("Why held back").setFlexGrow(1);
        heldBack.addColumn(h -> h.source() + ", " + ScreenDates.formatDateTime(h.fetchedAt()))
                .setHeader("Source, fetched")
                .setAutoWidth(true);
        heldBack.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        heldBack.setAllRowsVisible(true);
        heldBack.setId("held-back-bars");
        heldBack.setEmptyStateText("No bars are held back: every fetched price passed the quality checks.");

        add(new H2("Price refresh"), intro, start, status, progress, results, new H3("Earlier runs"), runs,
                new H3("Held back for review"), heldBack);
        refresh();
    }

    private void start() {
        Optional<String> refused = job.startNow();
        status.setText(refused.orElse("Refresh started."));
        getUI().ifPresent(ui -> ui.setPollInterval(700));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        List<RefreshRun> recent = fetch.recentRuns();
        runs.setItems(recent);
        heldBack.setItems(fetch.heldBackBars());
        if (recent.isEmpty()) {
            status.setText(fetch.providerAvailable() ? "No refresh has run yet."
                    : "No online price provider is configured (rotationrisk.marketdata.online.*), so prices come"
                    + " only from the bundled history and imports.");
            return;
        }
        RefreshRun latest = recent.getFirst();
        List<SymbolResult> done = fetch.results(latest.id());
        results.setItems(done);
        progress.setVisible(!latest.finished());
        progress.setValue(latest.symbols() == 0 ? 1 : Math.min(1.0, done.size() / (double) latest.symbols()));
        status.setText((latest.finished() ? "Last refresh: " : "Refreshing: ") + done.size() + " of "
                + latest.symbols() + " symbols" + (latest.failed() > 0 ? ", " + latest.failed() + " failed" : "")
                + " (started " + ScreenDates.formatDateTime(latest.startedAt()) + " by " + latest.startedBy() + ").");
        if (latest.finished()) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
