package com.rotationrisk.audit.ui;

import com.rotationrisk.audit.AuditEntry;
import com.rotationrisk.audit.AuditFilter;
import com.rotationrisk.audit.AuditService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The firm's audit trail for administrators: filter by person, portfolio, action and period, newest first, and
 * download what matches as CSV (which is itself recorded).
 */
@Route("audit")
@PageTitle("Audit trail · Rotation Risk")
@Menu(order = 92, title = "Audit trail", icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private final AuditService audit;
    private final AuditFilterForm filters = new AuditFilterForm();
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final Span matches = new Span();
    private final Anchor csv = new Anchor();
    private AuditFilter filter = AuditFilter.ALL;

    public AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();

        Paragraph intro = new Paragraph("Who did what, when and from where, for the whole firm. Entries are never "
                + "changed or removed. Days are those of " + audit.zone().getId() + ".");
        intro.addClassName("help-text");

        csv.setHref(download());
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(" Download CSV"));
        csv.getElement().setAttribute("download", true);
        csv.setRouterIgnore(true);
        csv.setId("audit-csv");
        csv.addClassName("download-button");
        HorizontalLayout summary = new HorizontalLayout(matches, csv);
        summary.setAlignItems(Alignment.BASELINE);
        matches.setId("audit-matches");

        AuditColumns.addTo(grid, audit.zone(), true, true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setId("audit-grid");

        filters.user.addValueChangeListener(e -> apply());
        filters.portfolio.addValueChangeListener(e -> apply());
        filters.action.addValueChangeListener(e -> apply());
        filters.from.addValueChangeListener(e -> apply());
        filters.to.addValueChangeListener(e -> apply());

        add(new H2("Audit trail"), intro, filters, summary, grid);
        apply();
    }

    private void apply() {
        Optional<AuditFilter> read = filters.filter();
        // while a field is wrong, the CSV would not be what the fields say: no download until it is fixed
        csv.setEnabled(read.isPresent());
        read.ifPresent(valid -> {
            filter = valid;
            AuditFilter current = valid;
            int count = audit.count(current);
            matches.setText(count == 1 ? "1 entry" : String.format("%,d entries", count)
                    + (count > AuditService.MAX_EXPORT_ROWS ? " (a CSV holds the newest "
                    + String.format("%,d", AuditService.MAX_EXPORT_ROWS) + ")" : ""));
            grid.setEmptyStateText(filters.isEmpty() ? "Nothing has been recorded yet."
                    : "No entries match. Widen the period, clear the user or portfolio, or choose All actions.");
            grid.setItems(query -> audit.search(current, query.getOffset(), query.getLimit()).stream(),
                    query -> audit.count(current));
        });
    }

    /** The rows the filters show now, as CSV; the export is recorded in the trail by the service. */
    private DownloadHandler download() {
        return event -> {
            event.setFileName("audit-trail-" + LocalDate.now(audit.zone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.exportCsv(filter, event.getOutputStream());
        };
    }
}
