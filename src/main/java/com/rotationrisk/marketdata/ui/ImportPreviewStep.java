package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.ImportPreview;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.ImportResult;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.importing.ParsedBar;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import com.rotationrisk.marketdata.importing.RowProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step 3 of a price import: what would be written and what was rejected (by line), the symbol the bars
 * belong to (and, for a new one, its description), then Import or Discard.
 */
class ImportPreviewStep extends VerticalLayout {

    private final PriceImportService imports;
    private final Runnable onDone;
    private final Paragraph summary = new Paragraph();
    private final TextField symbol = new TextField("Symbol");
    private final NewInstrumentForm newInstrument = new NewInstrumentForm();
    private final Grid<RowProblem> problems = new Grid<>();
    private final Paragraph moreProblems = new Paragraph();
    private final Grid<ParsedBar> sample = new Grid<>();
    private final Checkbox skipRejected = new Checkbox();
    private ImportPreview preview;
    private String fileName;

    ImportPreviewStep(PriceImportService imports, Runnable onDone) {
        this.imports = imports;
        this.onDone = onDone;
        summary.setId("import-summary");
        symbol.setId("import-symbol");
        symbol.setHelperText("The instrument these prices belong to");
        symbol.addValueChangeListener(e -> {
            if (e.isFromClient() && preview != null) {
                show(imports.retarget(preview.file(), e.getValue()), fileName);
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
        Button cancel = new Button("Discard", e -> clear());
        add(new H3("Check before importing"), summary, symbol, newInstrument, problems, moreProblems, skipRejected,
                new Paragraph("First and last valid rows:"), sample, new HorizontalLayout(confirm, cancel));
        setPadding(false);
        setVisible(false);
    }

    void show(ImportPreview next, String fromFile) {
        preview = next;
        fileName = fromFile;
        PriceFilePreview file = next.file();
        setVisible(true);
        symbol.setValue(next.symbol());
        symbol.setInvalid(false);
        newInstrument.clearErrors();
        newInstrument.setVisible(next.isNewInstrument() && !next.symbol().isEmpty());
        newInstrument.showFor(next.symbol());

        StringBuilder text = new StringBuilder(String.format(Locale.US, "%s file \"%s\": %,d data rows, %,d valid",
                file.format(), fromFile, file.dataLines(), file.validCount()));
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

    void clear() {
        preview = null;
        setVisible(false);
    }

    static List<ParsedBar> sampleRows(List<ParsedBar> bars) {
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
            clear();
            onDone.run();
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
}
