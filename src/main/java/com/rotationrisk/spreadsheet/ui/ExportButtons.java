package com.rotationrisk.spreadsheet.ui;

import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.TableExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
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
            TableExport.csv(table.get(), event.getOutputStream());
        }), link("Export XLSX", idPrefix + "-export-xlsx", "Export this grid as an Excel workbook", event -> {
            event.setFileName(stem + ".xlsx");
            event.setContentType(TableExport.XLSX_TYPE);
            TableExport.xlsx(table.get(), event.getOutputStream());
        }));
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
