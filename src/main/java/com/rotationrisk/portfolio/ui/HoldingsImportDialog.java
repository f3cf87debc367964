package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.base.ui.TextFileUpload;
import com.rotationrisk.portfolio.HoldingsImportService;
import com.rotationrisk.portfolio.importing.HoldingProblem;
import com.rotationrisk.portfolio.importing.HoldingsFileException;
import com.rotationrisk.portfolio.importing.HoldingsFileParser;
import com.rotationrisk.portfolio.importing.HoldingsPreview;
import com.rotationrisk.portfolio.importing.ImportedHolding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Import holdings from a file (generic CSV, Fidelity or Schwab positions export) or pasted cells.
 * Shows what will be taken and every rejected row by line; the editor receives the holdings only
 * on confirmation, and the portfolio is stored only when the advisor saves.
 */
class HoldingsImportDialog extends Dialog {

    private final HoldingsImportService imports;
    private final BiConsumer<List<HoldingInput>, Boolean> onConfirm;
    private final Paragraph summary = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Grid<ImportedHolding> accepted = new Grid<>();
    private final Grid<HoldingProblem> rejected = new Grid<>();
    private final Button replace = new Button("Replace holdings");
    private final Button append = new Button("Add to holdings");
    private HoldingsPreview preview;
    private Set<String> unpriced = Set.of();

    HoldingsImportDialog(HoldingsImportService imports, BiConsumer<List<HoldingInput>, Boolean> onConfirm) {
        this.imports = imports;
        this.onConfirm = onConfirm;
        setHeaderTitle("Import holdings");
        setWidth("min(860px, 96vw)");
        setId("holdings-import");

        Upload upload = TextFileUpload.create(HoldingsFileParser.MAX_BYTES,
                (bytes, name) -> show(() -> imports.previewFile(bytes)), this::showError);
        upload.setId("holdings-upload");
        VerticalLayout fileTab = new VerticalLayout(new Paragraph("A CSV with columns ticker, quantity and "
                + "(optionally) cost basis per share, or a positions export from Fidelity or Charles Schwab, "
                + "recognised by its header. Limit 2 MB."), upload);
        TextArea paste = new TextArea("Paste cells from a spreadsheet (ticker, quantity, cost basis)");
        paste.setWidthFull();
        paste.setHeight("10em");
        paste.setId("holdings-paste");
        Button read = new Button("Read pasted cells", e -> show(() -> imports.previewPasted(paste.getValue())));
        read.setId("read-paste");
        VerticalLayout pasteTab = new VerticalLayout(paste, read);
        TabSheet source = new TabSheet();
        source.add("Upload a file", fileTab);
        source.add("Paste", pasteTab);
        source.setWidthFull();

        summary.setId("holdings-summary");
        error.addClassName("error-text");
        error.setId("holdings-error");
        accepted.addColumn(ImportedHolding::lineNumber).setHeader("Line").setAutoWidth(true);
        accepted.addColumn(ImportedHolding::ticker).setHeader("Ticker").setAutoWidth(true);
        accepted.addColumn(h -> h.quantity().stripTrailingZeros().toPlainString()).setHeader("Quantity");
        accepted.addColumn(h -> h.costBasisPerShare() == null ? "—"
                : h.costBasisPerShare().stripTrailingZeros().toPlainString()).setHeader("Cost / share");
        accepted.addColumn(h -> pricing(h)).setHeader("Prices").setFlexGrow(1);
        accepted.setHeight("12em");
        accepted.addThemeVariants(GridVariant.LUMO_COMPACT);
        accepted.setId("holdings-accepted");
        rejected.addColumn(HoldingProblem::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rejected.addColumn(HoldingProblem::reason).setHeader("Why the row was rejected").setFlexGrow(1);
        rejected.setHeight("9em");
        rejected.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rejected.setId("holdings-rejected");
        add(source, error, summary, accepted, rejected);
        accepted.setVisible(false);
        rejected.setVisible(false);

        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replace.setId("import-replace");
        replace.addClickListener(e -> confirm(true));
        append.setId("import-append");
        append.addClickListener(e -> confirm(false));
        replace.setEnabled(false);
        append.setEnabled(false);
        getFooter().add(new Button("Cancel", e -> close()), append, replace);
    }

    private void show(Supplier<HoldingsPreview> reader) {
        error.setText("");
        try {
            preview = reader.get();
        } catch (HoldingsFileException e) {
            preview = null;
            showError(e.getMessage());
            return;
        }
        long rejectedLines = preview.problems().stream().mapToInt(HoldingProblem::lineNumber).distinct().count();
        summary.setText(preview.format() + ": " + preview.holdings().size() + " holdings will be taken, "
                + rejectedLines + (rejectedLines == 1 ? " row" : " rows") + " rejected"
                + (preview.notes().isEmpty() ? "."
                : ". " + String.join(" ", preview.notes())));
        unpriced = imports.unpriced(preview.holdings().stream().map(ImportedHolding::ticker).toList());
        accepted.setItems(preview.holdings());
        rejected.setItems(preview.problems());
        accepted.setVisible(true);
        rejected.setVisible(!preview.problems().isEmpty());
        replace.setEnabled(!preview.holdings().isEmpty());
        append.setEnabled(!preview.holdings().isEmpty());
    }

    private String pricing(ImportedHolding h) {
        if (h.isCash()) {
            return "cash";
        }
        if (!unpriced.contains(h.ticker())) {
            return "price history available";
        }
        BigDecimal filePrice = preview.filePrices().get(h.ticker());
        return "unpriced" + (filePrice == null ? " (the file gives no price)"
                : " — file price " + filePrice.stripTrailingZeros().toPlainString()
                + (preview.fileAsOf() == null ? " (undated)" : " as of " + preview.fileAsOf()));
    }

    private void showError(String message) {
        error.setText(message);
        summary.setText("");
        accepted.setVisible(false);
        rejected.setVisible(false);
        replace.setEnabled(false);
        append.setEnabled(false);
    }

    private void confirm(boolean replaceExisting) {
        onConfirm.accept(HoldingsImportService.toInputs(preview), replaceExisting);
        close();
    }
}
