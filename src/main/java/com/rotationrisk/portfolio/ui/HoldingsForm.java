package com.rotationrisk.portfolio.ui;

import com.rotationrisk.base.ui.TypedAmount;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioRules;
import com.rotationrisk.portfolio.PortfolioRules.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The holdings editor's form: client name, notes and holdings, checked all at once by {@link PortfolioRules}.
 * A field's problem shows once the advisor has left it; after Save every problem of the rows there shows, inline and
 * in a summary at the top whose entries move the focus to their field, and stays until fixed (a row added after the
 * Save shows its problems once left, or at the next Save). It fires {@link SaveEvent} only for a
 * draft without problems and ignores Save until the view says the save finished.
 */
class HoldingsForm extends VerticalLayout {

    private final Map<String, String> universe;
    private final Locale locale;
    final TextField clientName = new TextField("Client name");
    private final Select<String> currency = new Select<>();
    final TextArea notes = new TextArea("Notes");
    private final Grid<EditableHolding> grid = new Grid<>();
    final Button add = new Button("Add holding", VaadinIcon.PLUS.create());
    final Button importButton = new Button("Import CSV or paste", VaadinIcon.UPLOAD.create());
    final Button save = new Button("Save");
    private final Button close = new Button("Close");
    private final Div summary = new Div();
    private final Span notice = new Span();
    private final Span unsaved = new Span("Unsaved changes");
    private final List<EditableHolding> rows = new ArrayList<>();
    private final Map<String, String> formErrors = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private List<Problem> shown = List.of();
    private boolean attempted;
    private EditableHolding focusWhenShown;
    private boolean saving;
    private boolean readOnly;
    private boolean dirty;

    HoldingsForm(Map<String, String> universe, Locale locale) {
        this.universe = new LinkedHashMap<>(universe);
        this.locale = locale;
        setPadding(false);
        setSizeFull();
        summary.setId("error-summary");
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.getElement().setAttribute("aria-live", "assertive");
        summary.getElement().setAttribute("tabindex", "-1");
        summary.setVisible(false);

        clientName.setId("client-name");
        clientName.setRequiredIndicatorVisible(true);
        clientName.setWidthFull();
        clientName.setValueChangeMode(ValueChangeMode.LAZY);
        counter(clientName, PortfolioRules.MAX_CLIENT_NAME);
        clientName.addValueChangeListener(e -> {
            counter(clientName, PortfolioRules.MAX_CLIENT_NAME);
            if (e.isFromClient()) {
                touched.add("clientName");
                changed();
            }
        });
        currency.setLabel("Base currency");
        currency.setItems("USD");
        currency.setValue("USD");
        notes.setId("notes");
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        counter(notes, PortfolioRules.MAX_NOTES);
        notes.addValueChangeListener(e -> {
            counter(notes, PortfolioRules.MAX_NOTES);
            if (e.isFromClient()) {
                touched.add("notes");
                changed();
            }
        });
        FormLayout fields = new FormLayout(clientName, currency, notes);
        fields.setColspan(notes, 2);

        unsaved.addClassName("unsaved");
        unsaved.setId("unsaved-flag");
        unsaved.setVisible(false);
        notice.addClassName("error-text");
        notice.setId("form-error");

        add.setId("add-holding");
        add.addClickListener(e -> addRow());
        importButton.setId("import-holdings");
        importButton.addClickListener(e -> fireEvent(new ImportEvent(this)));
        save.setId("save-portfolio");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> trySave());
        close.addClickListener(e -> fireEvent(new CloseEvent(this)));
        buildGrid();
        add(summary, fields, new HorizontalLayout(add, importButton, save, close), notice, grid);
    }

    // ---- what the view does with the form

    void setContent(PortfolioDraft content, boolean editable) {
        clientName.setValue(content.clientName() == null ? "" : content.clientName());
        notes.setValue(content.notes() == null ? "" : content.notes());
        rows.clear();
        content.holdings().forEach(h -> rows.add(EditableHolding.of(h)));
        touched.clear();
        attempted = false;
        grid.setItems(rows);
        setReadOnly(!editable);
        setDirty(false);
        validate();
    }

    void addHoldings(List<HoldingInput> imported, boolean replace) {
        if (replace) {
            rows.clear();
        }
        imported.forEach(h -> rows.add(EditableHolding.of(h)));
        grid.getDataProvider().refreshAll();
        changed();
    }

    /** The draft as typed; amounts that could not be read are missing from it. */
    PortfolioDraft draft() {
        return new PortfolioDraft(clientName.getValue(), currency.getValue(), notes.getValue(),
                rows.stream().map(EditableHolding::toInput).toList());
    }

    /** Every problem of the form, in the order of the fields on screen. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EditableHolding h = rows.get(i);
            for (Map.Entry<String, String> e : h.unreadable.entrySet()) {
                problems.add(new Problem(e.getKey(), i, "Row " + (i + 1) + ": the " + (e.getKey().equals(
                        EditableHolding.QUANTITY) ? "quantity" : "cost basis") + " \u201C" + shorten(e.getValue())
                        + "\u201D " + TypedAmount.read(e.getValue(), locale).problem() + "."));
            }
        }
        for (Problem p : PortfolioRules.problems(draft())) {
            if (p.row() < 0 || !rows.get(p.row()).unreadable.containsKey(p.field())) {
                problems.add(p);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::row).thenComparingInt(p -> order(p.field())));
        return problems;
    }

    /** The save finished (stored, refused or failed): Save works again. */
    void saveFinished() {
        saving = false;
        save.setEnabled(!readOnly);
    }

    /** Problems the server found that the form did not (e.g. rules changed since the page was opened). */
    void showProblems(List<Problem> problems) {
        attempted = true;
        rows.forEach(r -> r.checked = true);
        show(problems);
        focusSummary();
    }

    void setNotice(String text) {
        notice.setText(text);
    }

    boolean isDirty() {
        return dirty;
    }

    void setDirty(boolean value) {
        dirty = value;
        unsaved.setVisible(value);
    }

    Span unsavedFlag() {
        return unsaved;
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        clientName.setReadOnly(value);
        notes.setReadOnly(value);
        currency.setReadOnly(value);
        add.setVisible(!value);
        importButton.setVisible(!value);
        save.setEnabled(!value && !saving);
        save.setTooltipText(value ? "You have view access only" : null);
        notice.setText(value ? "You have view access only; changes cannot be saved." : "");
        grid.getDataProvider().refreshAll();
    }

    // ---- typed events

    /** Save was pressed and the form found no problem. */
    static final class SaveEvent extends ComponentEvent<HoldingsForm> {
        private final PortfolioDraft draft;

        SaveEvent(HoldingsForm source, PortfolioDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        PortfolioDraft draft() {
            return draft;
        }
    }

    static final class CloseEvent extends ComponentEvent<HoldingsForm> {
        CloseEvent(HoldingsForm source) {
            super(source, false);
        }
    }

    static final class ImportEvent extends ComponentEvent<HoldingsForm> {
        ImportEvent(HoldingsForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    // ---- what the advisor does; the grid's fields call these, and so can a test

    void addRow() {
        EditableHolding row = new EditableHolding(null, null, null);
        rows.add(row);
        focusWhenShown = row;
        grid.getDataProvider().refreshAll();
        grid.scrollToEnd();
        changed();
    }

    void removeRow(EditableHolding h) {
        rows.remove(h);
        grid.getDataProvider().refreshAll();
        changed();
    }

    /** Typed or picked text for a row's ticker: a typed name commits the one instrument the list shows. */
    String typeTicker(int row, String text) {
        EditableHolding h = rows.get(row);
        h.ticker = text == null || text.isBlank() ? null : TickerChoice.resolve(text, universe);
        h.touched.add(EditableHolding.TICKER);
        nameFields(h);
        changed();
        return h.ticker;
    }

    /** Typed or pasted text for a row's quantity or cost basis ({@link EditableHolding#QUANTITY} or COST). */
    void typeAmount(int row, String field, String text) {
        EditableHolding h = rows.get(row);
        TypedAmount.Result read = TypedAmount.read(text, locale);
        if (read.ok()) {
            h.unreadable.remove(field);
        } else {
            h.unreadable.put(field, text);
        }
        if (field.equals(EditableHolding.QUANTITY)) {
            h.quantity = read.value();
        } else {
            h.costBasis = read.value();
        }
        h.touched.add(field);
        changed();
    }

    List<EditableHolding> rows() {
        return rows;
    }

    /** The problems on screen now (inline and in the summary). */
    List<Problem> shownProblems() {
        return shown;
    }

    String summaryText() {
        return summary.isVisible() ? summary.getElement().getTextRecursively() : "";
    }

    boolean isSaving() {
        return saving;
    }

    // ---- inside

    private void trySave() {
        if (saving || readOnly) {
            return; // a second click while the first is being saved, or a crafted click on a read-only form
        }
        attempted = true;
        rows.forEach(r -> r.checked = true);
        List<Problem> problems = validate();
        if (!problems.isEmpty()) {
            save.setEnabled(true);
            focusSummary();
            return;
        }
        saving = true;
        save.setEnabled(false);
        fireEvent(new SaveEvent(this, draft()));
    }

    private void changed() {
        setDirty(true);
        validate();
    }

    /** Recomputes every problem and shows those of touched fields, or all after a Save. */
    private List<Problem> validate() {
        List<Problem> problems = problems();
        show(problems.stream().filter(this::isShown).toList());
        return problems;
    }

    private boolean isShown(Problem p) {
        if (p.row() < 0) {
            return attempted || touched.contains(p.field());
        }
        EditableHolding h = rows.get(p.row());
        return h.checked || h.touched.contains(shownAt(p.field()));
    }

    private void show(List<Problem> problems) {
        shown = problems;
        formErrors.clear();
        rows.forEach(r -> r.errors.clear());
        for (Problem p : problems) {
            if (p.row() >= 0 && p.row() < rows.size()) {
                rows.get(p.row()).errors.putIfAbsent(shownAt(p.field()), p.message());
            } else {
                formErrors.putIfAbsent(p.field(), p.message());
            }
        }
        rows.forEach(EditableHolding::showErrors);
        showAt(clientName, formErrors.get("clientName"));
        showAt(notes, formErrors.get("notes"));
        renderSummary();
    }

    private void renderSummary() {
        summary.removeAll();
        summary.setVisible(attempted && !shown.isEmpty());
        if (!summary.isVisible()) {
            return;
        }
        Span heading = new Span(shown.size() == 1 ? "1 problem to fix before saving:"
                : shown.size() + " problems to fix before saving:");
        heading.addClassName("error-summary-heading");
        UnorderedList list = new UnorderedList();
        for (Problem p : shown) {
            Button jump = new Button(p.message(), e -> focus(p));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            jump.addClassName("error-summary-link");
            list.add(new ListItem(jump));
        }
        summary.add(heading, list);
    }

    private void focusSummary() {
        summary.getElement().callJsFunction("focus");
    }

    private void focus(Problem p) {
        if (p.row() < 0) {
            (p.field().equals("notes") ? notes : clientName).focus();
            return;
        }
        if (p.row() >= rows.size()) {
            return;
        }
        Focusable<?> field = rows.get(p.row()).fields.get(shownAt(p.field()));
        if (field instanceof Component c && c.isAttached()) {
            // The row is rendered: bring the field into view itself. The grid's scrollToIndex would render the rows
            // again and take the focus away from the field.
            c.getElement().executeJs("this.scrollIntoView({block: 'nearest'}); this.focus();");
        } else {
            grid.scrollToIndex(p.row()); // far down a long list: shown with its inline error, the advisor clicks it
        }
    }

    private void buildGrid() {
        grid.addComponentColumn(this::tickerField).setHeader("Ticker").setWidth("22em").setFlexGrow(0);
        grid.addComponentColumn(h -> amountField(h, EditableHolding.QUANTITY)).setHeader("Quantity")
                .setWidth("13em").setFlexGrow(0);
        grid.addComponentColumn(h -> amountField(h, EditableHolding.COST)).setHeader("Cost basis / share (optional)")
                .setWidth("15em").setFlexGrow(0);
        grid.addComponentColumn(h -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(h));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove holding on row " + (rows.indexOf(h) + 1));
            remove.setEnabled(!readOnly);
            return remove;
        }).setWidth("5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.setSizeFull();
        grid.setId("holdings-grid");
    }

    private ComboBox<String> tickerField(EditableHolding h) {
        ComboBox<String> ticker = new ComboBox<>();
        ticker.setItems(universe.keySet());
        ticker.setItemLabelGenerator(s -> TickerChoice.label(s, universe));
        ticker.setAllowCustomValue(true);
        ticker.setPlaceholder("Symbol or name");
        ticker.setValue(h.ticker);
        ticker.setHelperText(pricingNote(h.ticker));
        ticker.setWidthFull();
        ticker.setReadOnly(readOnly);
        ticker.addClassName("holding-ticker");
        ticker.addCustomValueSetListener(e -> ticker.setValue(typeTicker(rows.indexOf(h), e.getDetail())));
        ticker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typeTicker(rows.indexOf(h), e.getValue());
            }
            ticker.setHelperText(pricingNote(h.ticker));
        });
        h.fields.put(EditableHolding.TICKER, ticker);
        nameFields(h);
        h.showErrors();
        if (h == focusWhenShown) {
            // a keyboard user goes on typing in the row just added instead of searching for it in the grid
            focusWhenShown = null;
            ticker.addAttachListener(e -> ticker.focus());
        }
        return ticker;
    }

    private TextField amountField(EditableHolding h, String field) {
        boolean quantity = field.equals(EditableHolding.QUANTITY);
        TextField amount = new TextField();
        amount.setValue(h.unreadable.getOrDefault(field, TypedAmount.shown(quantity ? h.quantity : h.costBasis,
                locale)));
        amount.setWidthFull();
        amount.setReadOnly(readOnly);
        amount.addClassName(quantity ? "holding-quantity" : "holding-cost");
        amount.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typeAmount(rows.indexOf(h), field, e.getValue());
            }
        });
        h.fields.put(field, amount);
        nameFields(h);
        h.showErrors();
        return amount;
    }

    /**
     * The grid's fields have no visible label of their own (the column header is one for all rows), so each says
     * which holding it is for: "Quantity of MSFT, row 2", or by row alone while the row has no ticker yet.
     */
    private void nameFields(EditableHolding h) {
        String row = ", row " + (rows.indexOf(h) + 1);
        String of = h.ticker == null ? "" : " of " + h.ticker;
        h.fields.forEach((field, component) -> ((HasAriaLabel) component).setAriaLabel(switch (field) {
            case EditableHolding.TICKER -> "Ticker" + row;
            case EditableHolding.QUANTITY -> "Quantity" + of + row;
            default -> "Cost basis per share" + of + row;
        }));
    }

    /** Not an error: a ticker outside the universe is kept as an unpriced holding until it has prices. */
    private String pricingNote(String ticker) {
        if (ticker == null || ticker.isBlank() || Ticker.isCash(ticker) || universe.containsKey(ticker)) {
            return null;
        }
        return "Not priced yet: kept as an unpriced holding";
    }

    /** Shows the length before it bites; the limit is refused with a message, never cut silently. */
    private static <F extends HasHelper & HasValue<?, String>> void counter(F field, int max) {
        field.setHelperText(field.getValue().length() + " / " + String.format(Locale.ROOT, "%,d", max) + " characters");
    }

    private static void showAt(HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
    }

    /** The on-screen field a rule's field is shown at (a file price has no field of its own). */
    private static String shownAt(String field) {
        return field.equals("filePrice") ? EditableHolding.TICKER : field;
    }

    private static int order(String field) {
        return switch (field) {
            case "clientName" -> 0;
            case "baseCurrency" -> 1;
            case "notes" -> 2;
            case EditableHolding.TICKER, "filePrice" -> 3;
            case EditableHolding.QUANTITY -> 4;
            default -> 5;
        };
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "\u2026";
    }
}
