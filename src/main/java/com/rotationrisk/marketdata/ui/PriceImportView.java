package com.rotationrisk.marketdata.ui;

import com.rotationrisk.base.ui.TextFileUpload;
import com.rotationrisk.marketdata.ImportPreview;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.ImportResult;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.PriceImportRecord;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.importing.ColumnMapping;
import com.rotationrisk.marketdata.importing.ParsedBar;
import com.rotationrisk.marketdata.importing.PriceFileException;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import com.rotationrisk.marketdata.importing.RowProblem;
import com.rotationrisk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Upload a price file, see exactly what would be written and what was rejected (by line), then
 * confirm. Nothing reaches the database before the confirmation.
 */
@Route("instruments/import")
@PageTitle("Import prices · Rotation Risk")
@Menu(order = 21, title = "Import prices", icon = "vaadin:upload")
@RolesAllowed({"ADMIN", Role.PRICE_IMPORTER})
public class PriceImportView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PriceImportService imports;
    private final Paragraph fileError = new Paragraph();
    private final ColumnMappingForm mappingForm = new ColumnMappingForm();
    private final VerticalLayout mappingStep = new VerticalLayout();
    private final VerticalLayout previewStep = new VerticalLayout();
    private final Paragraph summary = new Paragraph();
    private final TextField symbol = new TextField("Symbol");
    private final NewInstrumentForm newInstrument = new NewInstrumentForm();
    private final Grid<RowProblem> problems = new Grid<>();
    private final Paragraph moreProblems = new Paragraph();
    private final Grid<ParsedBar> sample = new Grid<>();
    private final Checkbox skipRejected = new Checkbox();
    private final Grid<PriceImportRecord> history = new Grid<>();

    private byte[] content;
    private String fileName;
    private ImportPreview preview;

    public PriceImportView(PriceImportService imports) {
        this.imports = imports;
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

        Button applyMapping = new Button("Preview with this mapping", e -> previewWithMapping());
        applyMapping.setId("apply-mapping");
        mappingStep.add(new H3("Map the columns"), new Paragraph(
                "This layout is not one we recognise. Tell us which column holds what."), mappingForm, applyMapping);
        mappingStep.setPadding(false);
        mappingStep.setVisible(false);

        buildPreviewStep();
        history.addColumn(PriceImportRecord::symbol).setHeader("Symbol").setAutoWidth(true);
        history.addColumn(r -> WHEN.format(r.importedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(PriceImportRecord::importedBy).setHeader("By").setAutoWidth(true);
        history.addColumn(PriceImportRecord::barsWritten).setHeader("Bars").setAutoWidth(true);
        history.addColumn(r -> r.firstDate() + " – " + r.lastDate()).setHeader("Dates").setAutoWidth(true);
        history.addColumn(PriceImportRecord::sourceName).setHeader("Source").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setId("import-history");
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
                fileName = "online: " + onlineSymbol.getValue().trim().toUpperCase(Locale.ROOT);
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
            if (e.headers().isEmpty()) {
                showFileError(e.getMessage());
            } else {
                mappingForm.show(e.headers(), imports.suggestMapping(bytes));
                mappingStep.setVisible(true);
                showFileError(e.getMessage());
            }
        }
    }

    private void previewWithMapping() {
        ColumnMapping mapping = mappingForm.mapping();
        if (mapping == null || content == null) {
            return;
        }
        try {
            fileError.setVisible(false);
            showPreview(imports.preview(content, mapping, symbolFromFileName(fileName)));
        } catch (PriceFileException e) {
            showFileError(e.getMessage());
        }
    }

    private void buildPreviewStep() {
        summary.setId("import-summary");
        symbol.setId("import-symbol");
        symbol.setHelperText("The instrument these prices belong to");
        symbol.addValueChangeListener(e -> {
            if (e.isFromClient() && preview != null) {
                showPreview(imports.retarget(preview.file(), e.getValue()));
            }
        });
        problems.addColumn(RowProblem::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::reason).setHeader("Why the row was rejected").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setHeight("14em");
        problems.setId("import-problems");
        moreProblems.setId("more-problems");
        sample.addColumn(ParsedBar::lineNumber).setHeader("Line").setAutoWidth(true);
        sample.addColumn(ParsedBar::date).setHeader("Date").setAutoWidth(true);
        sample.addColumn(b -> b.open() == null ? "—" : b.open()).setHeader("Open");
        sample.addColumn(b -> b.high() == null ? "—" : b.high()).setHeader("High");
        sample.addColumn(b -> b.low() == null ? "—" : b.low()).setHeader("Low");
        sample.addColumn(ParsedBar::close).setHeader("Close");
        sample.addColumn(b -> b.volume() == null ? "—" : b.volume()).setHeader("Volume");
        sample.addThemeVariants(GridVariant.LUMO_COMPACT);
        sample.setAllRowsVisible(true);
        sample.setId("import-sample");
        skipRejected.setId("skip-rejected");

        Button confirm = new Button("Import", e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-import");
        Button cancel = new Button("Discard", e -> reset());
        previewStep.add(new H3("Check before importing"), summary, symbol, newInstrument, problems, moreProblems,
                skipRejected, new Paragraph("First and last valid rows:"), sample, new HorizontalLayout(confirm, cancel));
        previewStep.setPadding(false);
        previewStep.setVisible(false);
    }

    private void showPreview(ImportPreview next) {
        preview = next;
        PriceFilePreview file = next.file();
        mappingStep.setVisible(false);
        previewStep.setVisible(true);
        symbol.setValue(next.symbol());
        symbol.setInvalid(false);
        newInstrument.clearErrors();
        newInstrument.setVisible(next.isNewInstrument() && !next.symbol().isEmpty());
        newInstrument.showFor(next.symbol());

        StringBuilder text = new StringBuilder(String.format(Locale.US, "%s file \"%s\": %,d data rows, %,d valid",
                file.format(), fileName, file.dataLines(), file.validCount()));
        if (file.validCount() > 0) {
            text.append(" from ").append(file.firstDate()).append(" to ").append(file.lastDate());
        }
        text.append(String.format(Locale.US, ", %,d rejected.", file.rejectedCount()));
        if (next.barsAlreadyStored() > 0) {
            text.append(String.format(Locale.US, " %,d of these dates are stored for %s already and will be replaced.",
                    next.barsAlreadyStored(), next.symbol()));
        }
        summary.setText(text.toString());
        problems.setItems(file.problems());
        problems.setVisible(file.hasProblems());
        int unlisted = file.rejectedCount() - file.problems().stream().mapToInt(RowProblem::lineNumber).distinct()
                .toArray().length;
        moreProblems.setText(unlisted > 0 ? "… and " + unlisted + " more rejected rows not listed." : "");
        moreProblems.setVisible(unlisted > 0);
        skipRejected.setLabel("Import the " + file.validCount() + " valid rows and skip the " + file.rejectedCount()
                + " rejected ones");
        skipRejected.setValue(false);
        skipRejected.setVisible(file.hasProblems());
        skipRejected.setInvalid(false);
        sample.setItems(sampleRows(file.bars()));
    }

    private static List<ParsedBar> sampleRows(List<ParsedBar> bars) {
        if (bars.size() <= 10) {
            return bars;
        }
        List<ParsedBar> rows = new ArrayList<>(bars.subList(0, 5));
        rows.addAll(bars.subList(bars.size() - 5, bars.size()));
        return rows;
    }

    private void confirm() {
        if (preview == null) {
            return;
        }
        newInstrument.clearErrors();
        symbol.setInvalid(false);
        skipRejected.setInvalid(false);
        try {
            ImportResult result = imports.commit(new ImportRequest(symbol.getValue(), preview.file(), fileName,
                    skipRejected.getValue(), newInstrument.details(symbol.getValue())));
            Notification done = Notification.show(String.format(Locale.US,
                    "Imported %,d bars of %s (%s to %s)%s%s.", result.barsWritten(), result.symbol(),
                    result.firstDate(), result.lastDate(),
                    result.barsReplaced() > 0 ? ", replacing " + result.barsReplaced() + " stored bars" : "",
                    result.rowsSkipped() > 0 ? ", skipped " + result.rowsSkipped() + " rejected rows" : ""),
                    6000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("import-done");
            reset();
            refreshHistory();
        } catch (InvalidImportException e) {
            if (newInstrument.showError(e)) {
                return;
            }
            if ("skipRejected".equals(e.field())) {
                skipRejected.setInvalid(true);
                Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                symbol.setErrorMessage(e.getMessage());
                symbol.setInvalid(true);
            }
        }
    }

    private void reset() {
        preview = null;
        content = null;
        previewStep.setVisible(false);
        mappingStep.setVisible(false);
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
        return first.replaceAll("[^A-Za-z0-9.^-]", "").toUpperCase(Locale.ROOT);
    }
}
