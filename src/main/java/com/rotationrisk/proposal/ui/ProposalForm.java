package com.rotationrisk.proposal.ui;

import com.rotationrisk.base.ui.TypedAmount;
import com.rotationrisk.portfolio.ui.TickerChoice;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.proposal.TradePlan;
import com.rotationrisk.proposal.TradePlan.Problem;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A proposal's editor: its name and its trades, checked by {@link TradePlan#structuralProblems} before anything is
 * sent. Every problem shows at its row and in a summary at the top once the advisor has left the row or pressed Save
 * or "Show the effect"; problems the server finds are shown the same way ({@link #showProblems}). Save fires
 * {@link SaveEvent} only without problems and is ignored until the view says the save finished. A viewer, or a
 * proposal that is no longer a draft, gets it read-only.
 */
class ProposalForm extends VerticalLayout {

    private final Map<String, String> universe;
    private final Locale locale;
    final TextField name = new TextField("Proposal name");
    final Button add = new Button("Add trade", VaadinIcon.PLUS.create());
    final Button save = new Button("Save");
    final Button effect = new Button("Show the effect", VaadinIcon.SCALE.create());
    final Button accept = new Button("Accept…", VaadinIcon.CHECK.create());
    final Button reject = new Button("Reject", VaadinIcon.CLOSE_SMALL.create());
    private final Span state = new Span();
    private final Span notice = new Span();
    private final Div summary = new Div();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final List<EditableTrade> rows = new ArrayList<>();
    private final Map<EditableTrade, Span> rowErrors = new LinkedHashMap<>();
    private final Set<EditableTrade> touched = new HashSet<>();
    private List<Problem> shown = List.of();
    private boolean attempted;
    private boolean saving;
    private boolean readOnly;
    private boolean decidable;

    ProposalForm(Map<String, String> universe, Locale locale) {
        this.universe = new LinkedHashMap<>(universe);
        this.locale = locale;
        setPadding(false);
        setId("proposal-editor");
        summary.setId("proposal-problems");
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.getElement().setAttribute("tabindex", "-1");
        summary.setVisible(false);
        state.setId("proposal-state");
        notice.setId("proposal-notice");
        notice.addClassName("error-text");
        notice.getElement().setAttribute("role", "status");

        name.setId("proposal-name");
        name.setRequiredIndicatorVisible(true);
        name.setWidth("30em");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        counter();
        name.addValueChangeListener(e -> {
            counter();
            if (e.isFromClient()) {
                validate();
            }
        });
        add.setId("add-trade");
        add.addClickListener(e -> addRow());
        save.setId("save-proposal");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> trySave());
        effect.setId("show-effect");
        effect.addClickListener(e -> tryEffect());
        accept.setId("accept-proposal");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        accept.addClickListener(e -> fireEvent(new AcceptEvent(this)));
        reject.setId("reject-proposal");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> fireEvent(new RejectEvent(this)));
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        rowsLayout.setId("trade-rows");
        HorizontalLayout heading = new HorizontalLayout(name, state);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        add(summary, heading, rowsLayout,
                new HorizontalLayout(add, save, effect, accept, reject), notice);
        setContent("", List.of(), true, null);
    }

    // ---- what the view does with the form

    /** Shows a proposal (or a new one when {@code status} is null). */
    void setContent(String proposalName, List<Trade> trades, boolean mayEdit, StoredProposal.Status status) {
        name.setValue(proposalName == null ? "" : proposalName);
        rows.clear();
        trades.forEach(t -> rows.add(EditableTrade.of(t)));
        if (rows.isEmpty()) {
            rows.add(new EditableTrade());
        }
        touched.clear();
        attempted = false;
        saving = false;
        boolean draft = status == null || status == StoredProposal.Status.DRAFT;
        decidable = mayEdit && status == StoredProposal.Status.DRAFT;
        setReadOnly(!mayEdit || !draft, !mayEdit ? "You have view access only: this proposal cannot be changed."
                : !draft ? "This proposal is " + status.label().toLowerCase(Locale.ROOT) + ": only drafts can be "
                + "changed." : "");
        state.setText(status == null ? "Status: new, not saved yet" : "Status: " + status.label());
        renderRows();
        validate();
    }

    List<Trade> trades() {
        return rows.stream().map(EditableTrade::toTrade).toList();
    }

    String proposalName() {
        return name.getValue();
    }

    /** Every problem of the form, in the order of the rows. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : ProposalDrafts.problems(name.getValue(), trades())) {
            if (p.index() < 0 || rows.get(p.index()).unreadableAmount == null) {
                problems.add(p);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.get(i).unreadableAmount;
            if (text != null) {
                problems.add(new Problem(i, "The amount \u201C" + shorten(text) + "\u201D "
                        + TypedAmount.read(text, locale).problem() + "."));
            }
        }
        problems.sort(Comparator.comparingInt(Problem::index));
        return problems;
    }

    /** Problems the server found (prices, holdings, the portfolio's rules), each at its row. */
    void showProblems(List<Problem> problems) {
        attempted = true;
        show(problems);
    }

    void setNotice(String text) {
        notice.setText(text);
    }

    String noticeText() {
        return notice.getText();
    }

    /** The save finished (stored, refused or failed): Save works again. */
    void saveFinished() {
        saving = false;
        save.setEnabled(!readOnly);
    }

    boolean isSaving() {
        return saving;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    List<Problem> shownProblems() {
        return shown;
    }

    String summaryText() {
        return summary.isVisible() ? summary.getElement().getTextRecursively() : "";
    }

    /** The problem shown at a row, or null. */
    String rowProblem(int row) {
        Span s = rowErrors.get(rows.get(row));
        return s == null || s.getText().isEmpty() ? null : s.getText();
    }

    // ---- what the advisor does; the row fields call these, and so can a test

    void addRow() {
        if (readOnly) {
            return;
        }
        if (rows.size() >= TradePlan.MAX_TRADES) {
            notice.setText("A proposal has at most " + TradePlan.MAX_TRADES + " trades.");
            return;
        }
        EditableTrade added = new EditableTrade();
        rows.add(added);
        rowsLayout.add(row(rows.size() - 1, added));
        validate();
    }

    void removeRow(int row) {
        if (readOnly) {
            return;
        }
        touched.remove(rows.remove(row));
        renderRows();
        validate();
    }

    void chooseKind(int row, Trade.Kind kind) {
        EditableTrade t = rows.get(row);
        t.kind = kind;
        if (kind == Trade.Kind.RAISE_CASH) {
            t.amountKind = Trade.AmountKind.VALUE;
        }
        renderRows();
        left(row);
    }

    void chooseAmountKind(int row, Trade.AmountKind kind) {
        rows.get(row).amountKind = kind;
        left(row);
    }

    String typeTicker(int row, String text, boolean into) {
        String ticker = text == null || text.isBlank() ? null : TickerChoice.resolve(text, universe);
        if (into) {
            rows.get(row).toTicker = ticker;
        } else {
            rows.get(row).ticker = ticker;
        }
        left(row);
        return ticker;
    }

    void typeAmount(int row, String text) {
        EditableTrade t = rows.get(row);
        TypedAmount.Result read = TypedAmount.read(text, locale);
        t.amount = read.value();
        t.unreadableAmount = read.ok() ? null : text;
        left(row);
    }

    List<EditableTrade> rows() {
        return rows;
    }

    // ---- typed events

    /** Save was pressed and the form found no problem. */
    static final class SaveEvent extends ComponentEvent<ProposalForm> {
        private final String name;
        private final List<Trade> trades;

        SaveEvent(ProposalForm source, String name, List<Trade> trades) {
            super(source, false);
            this.name = name;
            this.trades = trades;
        }

        String name() {
            return name;
        }

        List<Trade> trades() {
            return trades;
        }
    }

    /** "Show the effect" was pressed and the trades have no problem the form can see. */
    static final class EffectEvent extends ComponentEvent<ProposalForm> {
        private final List<Trade> trades;

        EffectEvent(ProposalForm source, List<Trade> trades) {
            super(source, false);
            this.trades = trades;
        }

        List<Trade> trades() {
            return trades;
        }
    }

    static final class AcceptEvent extends ComponentEvent<ProposalForm> {
        AcceptEvent(ProposalForm source) {
            super(source, false);
        }
    }

    static final class RejectEvent extends ComponentEvent<ProposalForm> {
        RejectEvent(ProposalForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addEffectListener(ComponentEventListener<EffectEvent> listener) {
        return addListener(EffectEvent.class, listener);
    }

    Registration addAcceptListener(ComponentEventListener<AcceptEvent> listener) {
        return addListener(AcceptEvent.class, listener);
    }

    Registration addRejectListener(ComponentEventListener<RejectEvent> listener) {
        return addListener(RejectEvent.class, listener);
    }

    // ---- inside

    private void trySave() {
        if (saving || readOnly) {
            return; // a second click while the first is being saved, or a crafted click on a read-only form
        }
        attempted = true;
        if (!validate().isEmpty()) {
            save.setEnabled(true);
            summary.getElement().callJsFunction("focus");
            return;
        }
        saving = true;
        save.setEnabled(false);
        notice.setText("");
        fireEvent(new SaveEvent(this, name.getValue().strip(), trades()));
    }

    private void tryEffect() {
        attempted = true;
        if (validate().stream().anyMatch(p -> !isNameProblem(p))) {
            summary.getElement().callJsFunction("focus");
            return;
        }
        fireEvent(new EffectEvent(this, trades()));
    }

    private void left(int row) {
        touched.add(rows.get(row));
        validate();
    }

    private List<Problem> validate() {
        List<Problem> problems = problems();
        show(problems.stream().filter(p -> attempted || (p.index() >= 0 && p.index() < rows.size()
                && touched.contains(rows.get(p.index())))).toList());
        return problems;
    }

    private void show(List<Problem> problems) {
        shown = problems;
        rowErrors.values().forEach(s -> s.setText(""));
        String nameProblem = null;
        for (Problem p : problems) {
            if (p.index() >= 0 && p.index() < rows.size()) {
                Span s = rowErrors.get(rows.get(p.index()));
                if (s != null && s.getText().isEmpty()) {
                    s.setText(p.message());
                }
            } else if (isNameProblem(p)) {
                nameProblem = nameProblem == null ? p.message() : nameProblem;
            }
        }
        name.setErrorMessage(nameProblem);
        name.setInvalid(nameProblem != null);
        summary.removeAll();
        summary.setVisible(!problems.isEmpty() && attempted);
        if (summary.isVisible()) {
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem((p.index() >= 0 ? "Trade " + (p.index() + 1) + ": " : "")
                    + p.message())));
            summary.add(new Span(problems.size() == 1 ? "1 problem to fix:" : problems.size() + " problems to fix:"),
                    list);
        }
    }

    private void setReadOnly(boolean value, String why) {
        readOnly = value;
        name.setReadOnly(value);
        add.setVisible(!value);
        save.setVisible(!value);
        save.setEnabled(!value && !saving);
        accept.setVisible(decidable);
        reject.setVisible(decidable);
        notice.setText(why);
    }

    private void renderRows() {
        rowsLayout.removeAll();
        rowErrors.clear();
        for (int i = 0; i < rows.size(); i++) {
            rowsLayout.add(row(i, rows.get(i)));
        }
    }

    private VerticalLayout row(int i, EditableTrade t) {
        int n = i + 1;
        Select<Trade.Kind> kind = new Select<>();
        kind.setLabel("Trade " + n);
        kind.setItems(Trade.Kind.values());
        kind.setItemLabelGenerator(Trade.Kind::label);
        kind.setValue(t.kind);
        kind.setAriaLabel("What trade " + n + " does");
        kind.addClassName("trade-kind");
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chooseKind(rows.indexOf(t), e.getValue());
            }
        });
        ComboBox<String> ticker = tickerBox(t, t.ticker, false, "Holding", "Holding of trade " + n, "trade-ticker");
        ComboBox<String> into = tickerBox(t, t.toTicker, true, "Into", "Switch trade " + n + " into", "trade-into");
        into.setVisible(t.kind == Trade.Kind.SWITCH);
        ticker.setVisible(t.kind != Trade.Kind.RAISE_CASH);
        Select<Trade.AmountKind> amountKind = new Select<>();
        amountKind.setLabel("Amount in");
        amountKind.setItems(Trade.AmountKind.values());
        amountKind.setItemLabelGenerator(Trade.AmountKind::label);
        amountKind.setValue(t.amountKind);
        amountKind.setAriaLabel("Amount of trade " + n + " in");
        amountKind.addClassName("trade-amount-kind");
        amountKind.setReadOnly(readOnly || t.kind == Trade.Kind.RAISE_CASH);
        amountKind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chooseAmountKind(rows.indexOf(t), e.getValue());
            }
        });
        TextField amount = new TextField("Amount");
        amount.setValue(t.unreadableAmount != null ? t.unreadableAmount : TypedAmount.shown(t.amount, locale));
        amount.setAriaLabel("Amount of trade " + n);
        amount.addClassName("trade-amount");
        amount.setWidth("9em");
        amount.setReadOnly(readOnly);
        amount.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typeAmount(rows.indexOf(t), e.getValue());
            }
        });
        kind.setReadOnly(readOnly);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(rows.indexOf(t)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove trade " + n);
        remove.setVisible(!readOnly);
        HorizontalLayout fields = new HorizontalLayout(kind, ticker, into, amountKind, amount, remove);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("flex-wrap", "wrap");
        Span error = new Span();
        error.addClassName("error-text");
        error.addClassName("trade-problem");
        error.getElement().setAttribute("aria-live", "polite");
        rowErrors.put(t, error);
        VerticalLayout row = new VerticalLayout(fields, error);
        row.setPadding(false);
        row.setSpacing(false);
        row.addClassName("trade-row");
        return row;
    }

    private ComboBox<String> tickerBox(EditableTrade t, String value, boolean into, String label, String aria,
                                       String className) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(universe.keySet());
        box.setItemLabelGenerator(s -> TickerChoice.label(s, universe));
        box.setAllowCustomValue(true);
        box.setPlaceholder("Symbol or name");
        box.setValue(value);
        box.setAriaLabel(aria);
        box.addClassName(className);
        box.setWidth("16em");
        box.setReadOnly(readOnly);
        box.addCustomValueSetListener(e -> box.setValue(typeTicker(rows.indexOf(t), e.getDetail(), into)));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typeTicker(rows.indexOf(t), e.getValue(), into);
            }
        });
        return box;
    }

    private static boolean isNameProblem(Problem p) {
        return p.index() < 0 && (p.message().startsWith("Name the proposal") || p.message().startsWith("A proposal's name"));
    }

    private void counter() {
        name.setHelperText(name.getValue().length() + " / " + ProposalDrafts.MAX_NAME + " characters");
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "\u2026";
    }
}
