package com.rotationrisk.marketdata.ui;

import com.rotationrisk.base.ui.TextFileUpload;
import com.rotationrisk.marketdata.ImportPreview;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.PriceImportRecord;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.marketdata.importing.ColumnMapping;
import com.rotationrisk.marketdata.importing.PriceFileException;
import com.rotationrisk.security.Role;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Upload a price file, see exactly what would be written and what was rejected (by line), then
 * confirm. Nothing reaches the database before the confirmation.
 */
@Route("instruments/import")
@PageTitle("Import prices · Rotation Risk")
@Menu(order = 21, title = "Import prices", icon = "vaadin:upload")
@RolesAllowed({"ADMIN", Role.REFERENCE_DATA})
public class PriceImportView extends VerticalLayout {

    private final PriceImportService imports;
    private final Paragraph fileError = new Paragraph();
    private final ImportMappingStep mappingStep;
    private final ImportPreviewStep previewStep;
    private final Grid<PriceImportRecord> history = new Grid<>();

    private byte[] content;
    private String fileName;

    public PriceImportView(PriceImportService imports) {
        this.imports = imports;
        this.mappingStep = new ImportMappingStep(this::previewWithMapping);
        this.previewStep = new ImportPreviewStep(imports, this::imported);
        setId("price-import-view");
        add(new H2("Import price history"), new Paragraph("Upload daily prices as CSV: Yahoo Finance and Stooq "
                + "exports are recognised by their header; any other layout gets a column-mapping step. "
                + "You see every rejected row before anything is saved. Limit: "
                + PriceImportService.MAX_FILE_BYTES / (1024 * 1024) + " MB per file."));
        add(upload(), fileError);
        if (imports.onlineProviderAvailable()) {
            add(onlineFetch());
        }
        fileError.setId("file-error");
        fileError.addClassName("error-text");
        fileError.setVisible(false);

        history.addColumn(PriceImportRecord::symbol).setHeader("Symbol").setAutoWidth(true);
        history.addColumn(r -> ScreenDates.formatDateTime(r.importedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(PriceImportRecord::importedBy).setHeader("By").setAutoWidth(true);
        history.addColumn(PriceImportRecord::barsWritten).setHeader("Bars").setAutoWidth(true);
        history.addColumn(r -> r.firstDate() + " – " + r.lastDate()).setHeader("Dates").setAutoWidth(true);
        history.addColumn(PriceImportRecord::sourceName).setHeader("Source").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setId("import-history");
        history.setEmptyStateText("No price imports yet. Upload a Yahoo Finance or Stooq CSV above to add or extend "
                + "an instrument's history.");
        add(mappingStep, previewStep, new H3("Recent imports"), history);
        refreshHistory();
    }

    private Upload upload() {
        Upload upload = TextFileUpload.create(PriceImportService.MAX_FILE_BYTES, this::receive, this::showFileError);
        upload.setId("price-upload");
        return upload;
    }

    private HorizontalLayout onlineFetch() {
        TextField onlineSymbol = new TextField("Or fetch a symbol from the online provider");
        onlineSymbol.setId("online-symbol");
        Button fetch = new Button("Fetch", e -> {
            try {
                fileName = "online: " + Ticker.canonical(onlineSymbol.getValue());
                content = null;
                showPreview(imports.fetchOnline(onlineSymbol.getValue()));
            } catch (InvalidImportException | PriceFileException ex) {
                onlineSymbol.setErrorMessage(ex.getMessage());
                onlineSymbol.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(onlineSymbol, fetch);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void receive(byte[] bytes, String name) {
        content = bytes;
        fileName = name;
        fileError.setVisible(false);
        mappingStep.setVisible(false);
        previewStep.setVisible(false);
        try {
            showPreview(imports.preview(bytes, symbolFromFileName(name)));
        } catch (PriceFileException e) {
            if (!e.headers().isEmpty()) {
                mappingStep.show(e.headers(), imports.suggestMapping(bytes));
            }
            showFileError(e.getMessage());
        }
    }

    private void previewWithMapping(ColumnMapping mapping) {
        if (content == null) {
            return;
        }
        try {
            fileError.setVisible(false);
            showPreview(imports.preview(content, mapping, symbolFromFileName(fileName)));
        } catch (PriceFileException e) {
            showFileError(e.getMessage());
        }
    }

    private void showPreview(ImportPreview preview) {
        mappingStep.setVisible(false);
        previewStep.show(preview, fileName);
    }

    private void imported() {
        content = null;
        mappingStep.setVisible(false);
        refreshHistory();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private void refreshHistory() {
        history.setItems(imports.recentImports());
    }

    /** "aapl_daily.csv" suggests AAPL; the user can change it. */
    static String symbolFromFileName(String name) {
        if (name == null) {
            return "";
        }
        String stem = name.replaceAll("\\.[A-Za-z]+$", "");
        String first = stem.split("[ _,]")[0];
        return Ticker.canonical(first.replaceAll("[^A-Za-z0-9.^_-]", ""));
    }
}
