package com.rotationrisk.portfolio.ui;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.base.ui.LeavesWhenAccessEnds;
import com.rotationrisk.portfolio.AmountBounds;
import com.rotationrisk.portfolio.ConcurrentEditException;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.HoldingsImportService;
import com.rotationrisk.portfolio.InvalidPortfolioException;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * Enter or change a client portfolio. Nothing is stored until Save; leaving with unsaved changes
 * asks first; a teammate's save in between is shown, never silently overwritten.
 */
@Route("portfolios/edit")
@PageTitle("Edit portfolio · Rotation Risk")
@PermitAll
public class PortfolioEditorView extends VerticalLayout implements HasUrlParameter<Long>, BeforeLeaveObserver,
        LeavesWhenAccessEnds {

    private final PortfolioService portfolios;
    private final HoldingsImportService holdingsImport;
    private final Map<String, String> universe = new LinkedHashMap<>();
    private final H2 title = new H2("New portfolio");
    private final TextField clientName = new TextField("Client name");
    private final Select<String> currency = new Select<>();
    private final TextArea notes = new TextArea("Notes");
    private final Grid<EditableHolding> grid = new Grid<>();
    private final Span unsaved = new Span("Unsaved changes");
    private final Span formError = new Span();
    private final List<EditableHolding> rows = new ArrayList<>();

    private Long id;
    private long version;
    private PortfolioDraft opened;
    private boolean dirty;

    public PortfolioEditorView(PortfolioService portfolios, InstrumentCatalog catalog,
                               HoldingsImportService holdingsImport) {
        this.portfolios = portfolios;
        this.holdingsImport = holdingsImport;
        setId("portfolio-editor");
        setSizeFull();
        universe.put(Ticker.CASH, "Cash (1 unit = 1 USD)");
        universe.putAll(catalog.names());
        clientName.setId("client-name");
        clientName.setRequiredIndicatorVisible(true);
        clientName.setMaxLength(200);
        currency.setLabel("Base currency");
        currency.setItems("USD");
        currency.setValue("USD");
        notes.setId("notes");
        notes.setMaxLength(4000);
        FormLayout form = new FormLayout(clientName, currency, notes);
        form.setColspan(notes, 2);
        clientName.addValueChangeListener(e -> markDirty(e.isFromClient()));
        notes.addValueChangeListener(e -> markDirty(e.isFromClient()));

        unsaved.addClassName("unsaved");
        unsaved.setId("unsaved-flag");
        unsaved.setVisible(false);
        formError.addClassName("error-text");
        formError.setId("form-error");
        HorizontalLayout header = new HorizontalLayout(title, unsaved);
        header.setAlignItems(Alignment.BASELINE);

        buildGrid();
        Button add = new Button("Add holding", VaadinIcon.PLUS.create(), e -> addRow(new EditableHolding(null, null, null)));
        add.setId("add-holding");
        Button importButton = new Button("Import CSV or paste", VaadinIcon.UPLOAD.create(),
                e -> new HoldingsImportDialog(holdingsImport, this::applyImport).open());
        importButton.setId("import-holdings");
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-portfolio");
        Button close = new Button("Close", e -> leave());
        HorizontalLayout toolbar = new HorizontalLayout(add, importButton, save, close);
        add(header, form, toolbar, formError, grid);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long portfolioId) {
        if (portfolioId == null) {
            return;
        }
        load(portfolios.open(portfolioId));
    }

    private void load(PortfolioDetails details) {
        id = details.id();
        version = details.version();
        opened = details.content();
        title.setText(details.content().clientName());
        clientName.setValue(details.content().clientName());
        notes.setValue(details.content().notes() == null ? "" : details.content().notes());
        rows.clear();
        details.content().holdings().forEach(h -> rows.add(EditableHolding.of(h)));
        grid.setItems(rows);
        setDirty(false);
        boolean readOnly = !details.access().mayEdit();
        if (readOnly) {
            formError.setText("You have view access only; changes cannot be saved.");
        }
    }

    private void buildGrid() {
        grid.addComponentColumn(this::tickerField).setHeader("Ticker").setWidth("22em").setFlexGrow(0);
        grid.addComponentColumn(h -> numberField(h, true)).setHeader("Quantity").setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(h -> numberField(h, false)).setHeader("Cost basis / share (optional)")
                .setWidth("14em").setFlexGrow(0);
        grid.addComponentColumn(h -> {
            Span error = new Span(h.error == null ? "" : h.error);
            error.addClassName("error-text");
            return error;
        }).setHeader("").setFlexGrow(1);
        grid.addComponentColumn(h -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(h);
                grid.getDataProvider().refreshAll();
                setDirty(true);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove holding");
            return remove;
        }).setWidth("5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setItems(rows);
        grid.setSizeFull();
        grid.setId("holdings-grid");
    }

    private Component tickerField(EditableHolding h) {
        ComboBox<String> ticker = new ComboBox<>();
        ticker.setItems(universe.keySet());
        ticker.setItemLabelGenerator(s -> universe.containsKey(s) ? s + " — " + universe.get(s) : s);
        ticker.setAllowCustomValue(true);
        ticker.addCustomValueSetListener(e -> ticker.setValue(Ticker.canonical(e.getDetail())));
        ticker.setPlaceholder("Symbol or name");
        ticker.setValue(h.ticker);
        ticker.setInvalid(h.error != null && h.error.contains("ticker"));
        ticker.setHelperText(pricingNote(h.ticker));
        ticker.setWidthFull();
        ticker.addClassName("holding-ticker");
        ticker.addValueChangeListener(e -> {
            h.ticker = e.getValue();
            h.error = null;
            setDirty(true);
            showInline(ticker, tickerProblem(h));
            ticker.setHelperText(pricingNote(h.ticker));
        });
        return ticker;
    }

    private Component numberField(EditableHolding h, boolean quantity) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(quantity ? h.quantity : h.costBasis);
        field.setWidthFull();
        field.addClassName(quantity ? "holding-quantity" : "holding-cost");
        field.addValueChangeListener(e -> {
            if (quantity) {
                h.quantity = e.getValue();
            } else {
                h.costBasis = e.getValue();
            }
            h.error = null;
            setDirty(true);
            showInline(field, numberProblem(e.getValue(), quantity));
        });
        return field;
    }

    /** Checks as the advisor types; the service repeats every check on Save. */
    private String tickerProblem(EditableHolding h) {
        if (h.ticker == null || h.ticker.isBlank()) {
            return null;
        }
        Optional<String> syntax = Ticker.problem(Ticker.canonical(h.ticker));
        if (syntax.isPresent()) {
            return syntax.get();
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != h && h.ticker.equals(rows.get(i).ticker)) {
                return "already on row " + (i + 1);
            }
        }
        return null;
    }

    /** Not an error: a ticker outside the universe is kept as an unpriced holding until it has prices. */
    private String pricingNote(String ticker) {
        if (ticker == null || ticker.isBlank() || Ticker.isCash(ticker) || universe.containsKey(ticker)) {
            return null;
        }
        return "Not priced yet: kept as an unpriced holding";
    }

    private static String numberProblem(BigDecimal value, boolean quantity) {
        if (value == null) {
            return null;
        }
        Optional<String> bound = AmountBounds.problem(value);
        if (bound.isPresent()) {
            return bound.get();
        }
        if (quantity && value.signum() <= 0) {
            return value.signum() < 0 ? "no short positions" : "must be above zero";
        }
        return !quantity && value.signum() < 0 ? "cannot be negative" : null;
    }

    private static void showInline(HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
    }

    private void addRow(EditableHolding row) {
        rows.add(row);
        grid.getDataProvider().refreshAll();
        grid.scrollToEnd();
        setDirty(true);
    }

    private void applyImport(List<HoldingInput> imported, boolean replace) {
        if (replace) {
            rows.clear();
        }
        imported.forEach(h -> rows.add(EditableHolding.of(h)));
        grid.getDataProvider().refreshAll();
        setDirty(true);
        Notification.show(imported.size() + " holdings " + (replace ? "loaded" : "added")
                + ". Review them, then Save.");
    }

    private PortfolioDraft draft() {
        return new PortfolioDraft(clientName.getValue(), currency.getValue(), notes.getValue(),
                rows.stream().map(EditableHolding::toInput).toList());
    }

    private void save() {
        clearErrors();
        try {
            PortfolioDetails saved = id == null ? portfolios.create(draft())
                    : portfolios.save(id, draft(), version, opened);
            load(saved);
            Notification.show("Saved \"" + saved.content().clientName() + "\"", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "portfolios/edit/" + saved.id()));
        } catch (InvalidPortfolioException e) {
            showError(e);
        } catch (ConcurrentEditException e) {
            new ConflictDialog(e, draft(), opened, this::load, this::overwrite).open();
        } catch (AccessDeniedException e) {
            if (id != null) {
                portfolios.open(id); // no access at all any more: refused again, and the view closes to the list
            }
            formError.setText("Your access to this portfolio is view-only now; nothing was saved.");
        }
    }

    private void overwrite(PortfolioDetails current) {
        version = current.version();
        opened = current.content();
        save();
    }

    private void showError(InvalidPortfolioException e) {
        if (e.row() >= 0 && e.row() < rows.size()) {
            rows.get(e.row()).error = e.getMessage();
            grid.getDataProvider().refreshAll();
            grid.scrollToIndex(e.row());
        }
        if ("clientName".equals(e.field())) {
            clientName.setErrorMessage(e.getMessage());
            clientName.setInvalid(true);
        } else if ("notes".equals(e.field())) {
            notes.setErrorMessage(e.getMessage());
            notes.setInvalid(true);
        }
        formError.setText(e.getMessage());
    }

    private void clearErrors() {
        clientName.setInvalid(false);
        notes.setInvalid(false);
        formError.setText("");
        rows.forEach(r -> r.error = null);
    }

    private void markDirty(boolean fromClient) {
        if (fromClient) {
            setDirty(true);
        }
    }

    private void setDirty(boolean value) {
        dirty = value;
        unsaved.setVisible(value);
    }

    private void leave() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(PortfolioListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PortfolioAnalysisView.class, id));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Discard unsaved changes?",
                "You changed this portfolio without saving. Leave and lose those changes?", "Discard changes",
                e -> {
                    setDirty(false);
                    action.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("discard-dialog");
        confirm.open();
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> whereToGo() {
        return PortfolioListView.class;
    }

    @Override
    public String accessEndedMessage() {
        return PortfolioAnalysisView.ACCESS_ENDED + " Your unsaved changes were not stored.";
    }
}
