package com.rotationrisk.spreadsheet.ui;

import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.TableExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.concurrent.atomic.AtomicReference;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Export CSV" and "Export XLSX" links for a grid: the table is built when the person clicks, from what the grid shows
 * then (filters and sort applied), so the file matches the screen.
 */
public class ExportButtons extends HorizontalLayout {

    public ExportButtons(String idPrefix, String fileBaseName, Supplier<Table> table) {
        setSpacing(true);
        setPadding(false);
        String stem = fileBaseName + "-" + LocalDate.now();
        add(link("Export CSV", idPrefix + "-export-csv", "Export this grid as CSV", event -> {
            event.setFileName(stem + ".csv");
            event.setContentType(TableExport.CSV_TYPE);
            TableExport.csv(snapshot(event, table), event.getOutputStream());
        }), link("Export XLSX", idPrefix + "-export-xlsx", "Export this grid as an Excel workbook", event -> {
            event.setFileName(stem + ".xlsx");
            event.setContentType(TableExport.XLSX_TYPE);
            TableExport.xlsx(snapshot(event, table), event.getOutputStream());
        }));
    }

    /** The table read under the session lock (the download itself runs outside it): the grid's state is consistent. */
    private static Table snapshot(DownloadEvent event, Supplier<Table> table) {
        AtomicReference<Table> read = new AtomicReference<>();
        event.getUI().accessSynchronously(() -> read.set(table.get()));
        return read.get();
    }

    /** The rows as the grid shows them now: its filter and the sort order the person chose. */
    public static <T> List<T> shownRows(Grid<T> grid) {
        Comparator<T> order = null;
        for (GridSortOrder<T> o : grid.getSortOrder()) {
            Comparator<T> next = o.getSorted().getComparator(o.getDirection());
            order = order == null ? next : order.thenComparing(next);
        }
        List<T> items = grid.getListDataView().getItems().toList();
        return order == null ? items : items.stream().sorted(order).toList();
    }

    private static Anchor link(String text, String id, String ariaLabel, DownloadHandler handler) {
        Anchor anchor = new Anchor();
        anchor.setHref(handler);
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + text));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("aria-label", ariaLabel);
        anchor.setRouterIgnore(true);
        anchor.setId(id);
        anchor.addClassName("download-button");
        return anchor;
    }
}
