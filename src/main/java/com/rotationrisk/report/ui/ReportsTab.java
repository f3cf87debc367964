package com.rotationrisk.report.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.report.InvalidReportRequestException;
import com.rotationrisk.report.ReportRateLimitException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;

import com.rotationrisk.portfolio.ui.AnalysisTab;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.report.ArchivedReport;
import com.rotationrisk.report.ReportService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import com.rotationrisk.report.GeneratedReport;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;


/**
 * The Reports tab of a portfolio: download a client summary or the full advisor report (a plain
 * HTTP download, generated outside the UI session so no screen waits on it) and the archive of
 * every report generated for this portfolio. A draft or rejected proposal of the portfolio may be included: the
 * report then has its "Proposed changes" section.
 */
@Component
class ReportsTab implements AnalysisTab {

    private final ReportService reports;
    private final ProposalDrafts proposals;

    ReportsTab(ReportService reports, ProposalDrafts proposals) {
        this.reports = reports;
        this.proposals = proposals;
    }

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public com.vaadin.flow.component.Component create(long portfolioId, LocalDate asOf) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("reports-tab");
        layout.add(new Paragraph("Reports are laid out from the firm's templates and archived with the exact "
                + "inputs they used. As of " + asOf + "."));
        Grid<ArchivedReport> archive = new Grid<>();
        // read by the download handlers, which run outside the UI's lock
        AtomicReference<Long> proposal = new AtomicReference<>();
        layout.add(includeProposal(portfolioId, proposal));
        layout.add(new HorizontalLayout(
                preview("Preview client summary", "preview-client-summary",
                        preview(portfolioId, "client-summary", asOf, proposal)),
                preview("Preview full advisor report", "preview-advisor-full",
                        preview(portfolioId, "advisor-full", asOf, proposal))));
        layout.add(new HorizontalLayout(
                download("Download client summary (PDF)", "download-client-summary",
                        generate(portfolioId, "client-summary", asOf, proposal, archive)),
                download("Download full advisor report (PDF)", "download-advisor-full",
                        generate(portfolioId, "advisor-full", asOf, proposal, archive)),
                download("Download charts with their data (PDF)", "download-chart-data",
                        generate(portfolioId, "chart-data", asOf, proposal, archive))));
        archive.addColumn(r -> ScreenDates.formatDateTime(r.generatedAt())).setHeader("Generated").setAutoWidth(true);
        archive.addColumn(ArchivedReport::generatedByName).setHeader("By").setAutoWidth(true);
        archive.addColumn(ArchivedReport::templateId).setHeader("Template").setAutoWidth(true);
        archive.addColumn(ArchivedReport::asOf).setHeader("As of").setAutoWidth(true);
        archive.addColumn(ArchivedReport::modelVersion).setHeader("Model").setAutoWidth(true);
        archive.addColumn(r -> r.sha256().substring(0, 12)).setHeader("SHA-256").setAutoWidth(true);
        archive.addComponentColumn(r -> new HorizontalLayout(
                link("Download", "reports/archive/" + r.id() + ".pdf"),
                link("Regenerate", "reports/archive/" + r.id() + "/regenerated.pdf"))).setHeader("").setAutoWidth(true);
        archive.setItems(reports.archiveOf(portfolioId));
        archive.setAllRowsVisible(true);
        archive.addThemeVariants(GridVariant.LUMO_COMPACT);
        archive.setId("report-archive");
        layout.add(new H3("Archive"), archive);
        return layout;
    }

    /** The portfolio's draft and rejected proposals (an accepted one is in the holdings already); none by default. */
    private Select<StoredProposal> includeProposal(long portfolioId, AtomicReference<Long> chosen) {
        Select<StoredProposal> select = new Select<>();
        select.setLabel("Include proposal");
        select.setId("report-proposal");
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("None");
        select.setItemLabelGenerator(p -> p == null ? "None" : p.name() + " (" + p.status().label() + ")");
        Runnable load = () -> {
            List<StoredProposal> choices = proposals.ofPortfolio(portfolioId).stream()
                    .filter(p -> p.status() != StoredProposal.Status.ACCEPTED).toList();
            select.setItems(choices);
            select.setHelperText(choices.isEmpty() ? "This portfolio has no draft or rejected proposal."
                    : "Adds a \"Proposed changes\" section: the trades and the portfolio before and after them.");
        };
        // read each time the tab is shown (a tab's content is attached when it is selected), so that a proposal saved
        // on the Proposals tab since the view opened is offered
        select.addAttachListener(e -> load.run());
        select.setWidth("28em");
        select.addValueChangeListener(e -> chosen.set(e.getValue() == null ? null : e.getValue().id()));
        return select;
    }

    /**
     * Generating archives a report, so it is a Vaadin action (a download bound to this UI under an unguessable
     * address), not a URL that a link or another site's page could call.
     */
    private DownloadHandler generate(long portfolioId, String template, LocalDate asOf,
                                     AtomicReference<Long> proposal, Grid<ArchivedReport> archive) {
        return DownloadHandler.fromInputStream(event -> {
            GeneratedReport report;
            try {
                report = reports.generate(portfolioId, template, asOf, proposal.get());
            } catch (ReportRateLimitException | InvalidReportRequestException e) {
                return refused(event, e);
            }
            List<ArchivedReport> rows = reports.archiveOf(portfolioId);
            // the new archive row shows at once: pushed with the next poll, which the click started
            event.getUI().access(() -> {
                archive.setItems(rows);
                event.getUI().setPollInterval(-1);
            });
            return new DownloadResponse(new ByteArrayInputStream(report.pdf()), report.fileName(),
                    "application/pdf", report.pdf().length);
        });
    }

    /** Draws the report without archiving it, shown in the browser's PDF viewer in a new tab. */
    private DownloadHandler preview(long portfolioId, String template, LocalDate asOf,
                                    AtomicReference<Long> proposal) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] pdf;
            try {
                pdf = reports.preview(portfolioId, template, asOf, proposal.get());
            } catch (ReportRateLimitException | InvalidReportRequestException e) {
                return refused(event, e);
            }
            return new DownloadResponse(new ByteArrayInputStream(pdf), "preview-" + template + ".pdf",
                    "application/pdf", pdf.length);
        }).inline();
    }

    /** A refused report: the reason on screen, where the person clicked, and an error status for the download. */
    private static DownloadResponse refused(DownloadEvent event, RuntimeException e) {
        event.getUI().access(() -> Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING));
        return DownloadResponse.error(e instanceof ReportRateLimitException ? 429 : 400, e.getMessage());
    }

    private static Anchor preview(String text, String id, DownloadHandler handler) {
        Anchor anchor = new Anchor();
        anchor.setHref(handler);
        anchor.setTarget("_blank");
        anchor.add(VaadinIcon.EYE.create(), new Span(" " + text));
        anchor.setRouterIgnore(true);
        anchor.setId(id);
        anchor.addClassName("download-button");
        return anchor;
    }

    private static Anchor download(String text, String id, DownloadHandler handler) {
        Anchor anchor = new Anchor();
        anchor.setHref(handler);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + text));
        anchor.getElement().setAttribute("download", true);
        anchor.setRouterIgnore(true);
        anchor.setId(id);
        anchor.addClassName("download-button");
        // poll until the download handler has archived the report and refreshed the list
        anchor.getElement().addEventListener("click", e -> anchor.getUI().ifPresent(ui -> ui.setPollInterval(1000)));
        return anchor;
    }

    private static Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("download", true);
        anchor.setRouterIgnore(true);
        return anchor;
    }
}
