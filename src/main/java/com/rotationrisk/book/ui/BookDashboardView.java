package com.rotationrisk.book.ui;

import com.rotationrisk.book.Book;
import com.rotationrisk.book.BookDashboard;
import com.rotationrisk.book.BookFilter;
import com.rotationrisk.book.BookReports;
import com.rotationrisk.book.BookRow;
import com.rotationrisk.book.BookTables;
import com.rotationrisk.book.TriageCount;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Home: the advisor's book at a glance (an administrator's firm view). Every portfolio the person may see with its
 * grade, three scores, worst case, value, valuation date and data age, coverage, owner and sharing; triage counts that
 * filter the grid when clicked; filters; bulk re-scoring, client summaries as a ZIP and export of the grid.
 */
@Route("")
@PageTitle("Book · Rotation Risk")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class BookDashboardView extends VerticalLayout {

    static final String ANY_GRADE = "Any grade";
    static final String NOT_GRADED = "Not graded";
    static final String ANY_OWNER = "Any owner";

    private final BookDashboard dashboard;
    private final BookReports reports;
    private final SecurityContextHolderStrategy security;
    private final Grid<BookRow> grid = new Grid<>();
    private final FlexLayout triageBar = new FlexLayout();
    private final Select<String> gradeFilter = new Select<>();
    private final Select<String> ownerFilter = new Select<>();
    private final Checkbox staleOnly = new Checkbox("Priced more than " + BookRow.STALE_AFTER_DAYS + " days ago");
    private final Checkbox severeAnywhere = new Checkbox("Severe in any dimension");
    private final TextField search = new TextField("Client");
    private final Span shown = new Span();
    private final Button rescore = new Button("Re-score selected", VaadinIcon.REFRESH.create());
    private final Button zip = new Button("Client summaries (ZIP)", VaadinIcon.FILE_ZIP.create());
    private List<BookRow> rows = List.of();
    private final java.util.Set<Long> selected = new java.util.LinkedHashSet<>();
    private Dimension severeIn;
    private List<TriageCount> triage = List.of();
    private String activeTriage;
    private boolean notScoredOnly;
    private boolean firmView;
    private boolean applying;

    public BookDashboardView(BookDashboard dashboard, BookReports reports, CurrentUser currentUser,
                             SecurityContextHolderStrategy security) {
        this.security = security;
        this.dashboard = dashboard;
        this.reports = reports;
        setId("home-view");
        addClassName("book-dashboard");
        setSizeFull();
        Book book = dashboard.load();
        firmView = book.firmView();
        rows = book.rows();

        H2 title = new H2(firmView ? "Firm view" : "Your book");
        Paragraph intro = new Paragraph(firmView
                ? "Every client portfolio of the firm with its risk figures. Administrators see grades, scores and "
                        + "dates, not holdings or money amounts; portfolios open only for their advisors."
                : "Every portfolio you own or that is shared with you, scored now at the latest date its holdings "
                        + "have prices. Click a count to see those portfolios.");
        intro.addClassName("kpi-help");
        Anchor scenario = new Anchor("book/scenario", "Run one scenario across the book");
        scenario.setId("book-scenario-link");
        HorizontalLayout header = new HorizontalLayout(title, scenario);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setFlexGrow(1, title);

        H3 triageHeading = new H3("Needs attention");
        triageHeading.setId("triage-heading");
        triageBar.setId("triage");
        triageBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        triageBar.getStyle().set("gap", "var(--lumo-space-s)");
        triageBar.getElement().setAttribute("role", "group");
        triageBar.getElement().setAttribute("aria-labelledby", "triage-heading");

        add(header, welcome(currentUser), intro, triageHeading, triageBar, filters(), actions(), grid);
        configureGrid();
        showTriage(book.triage());
        refreshOwners();
        apply();
    }

    /** Who is signed in and, for an advisor, the teammates they can share portfolios with. */
    private static Component welcome(CurrentUser currentUser) {
        SignedInUser me = currentUser.require();
        Paragraph p = new Paragraph("Welcome, " + me.displayName() + ". ");
        p.setId("welcome");
        if (me.teamName() != null) {
            List<String> mates = currentUser.teammateNames().stream().filter(n -> !n.equals(me.displayName()))
                    .toList();
            Span team = new Span(mates.isEmpty() ? "Nobody else is in " + me.teamName() + " yet."
                    : "You work in " + me.teamName() + " with " + String.join(", ", mates) + ".");
            team.setId("teammates");
            p.add(team);
        } else {
            p.add("You are signed in as an administrator; accounts and teams are under Users.");
        }
        return p;
    }

    private Component filters() {
        gradeFilter.setLabel("Grade");
        gradeFilter.setId("filter-grade");
        List<String> grades = new ArrayList<>(List.of(ANY_GRADE));
        for (Grade g : Grade.values()) {
            grades.add(g.label());
        }
        grades.add(NOT_GRADED);
        gradeFilter.setItems(grades);
        gradeFilter.setValue(ANY_GRADE);
        ownerFilter.setLabel("Owner");
        ownerFilter.setId("filter-owner");
        staleOnly.setId("filter-stale");
        severeAnywhere.setId("filter-severe");
        search.setId("filter-client");
        search.setPlaceholder("Name contains…");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(BookFilter.MAX_SEARCH);
        Button clear = new Button("Clear filters", e -> clearFilters());
        clear.setId("clear-filters");
        gradeFilter.addValueChangeListener(e -> controlsChanged());
        ownerFilter.addValueChangeListener(e -> controlsChanged());
        staleOnly.addValueChangeListener(e -> controlsChanged());
        severeAnywhere.addValueChangeListener(e -> controlsChanged());
        search.addValueChangeListener(e -> controlsChanged());
        HorizontalLayout bar = new HorizontalLayout(gradeFilter, ownerFilter, search, staleOnly, severeAnywhere, clear);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.getElement().setAttribute("role", "search");
        bar.getElement().setAttribute("aria-label", "Filter the book");
        return bar;
    }

    private Component actions() {
        rescore.setId("rescore-selected");
        rescore.addClickListener(e -> rescoreSelected());
        zip.setId("zip-selected");
        zip.addClickListener(e -> zipSelected());
        zip.setVisible(!firmView);
        shown.setId("book-shown");
        shown.getElement().setAttribute("role", "status");
        shown.getElement().setAttribute("aria-live", "polite");
        ExportButtons export = new ExportButtons("book", firmView ? "firm-book" : "book",
                () -> BookTables.dashboard(ExportButtons.shownRows(grid), firmView));
        HorizontalLayout bar = new HorizontalLayout(shown, rescore, zip, export);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setFlexGrow(1, shown);
        rescore.setEnabled(false);
        zip.setEnabled(false);
        return bar;
    }

    private void configureGrid() {
        grid.setId("book-grid");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        Checkbox all = new Checkbox();
        all.setId("select-all-shown");
        all.setAriaLabel("Select every portfolio shown");
        all.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                grid.getListDataView().getItems().forEach(r -> {
                    if (e.getValue()) {
                        selected.add(r.entry().id());
                    } else {
                        selected.remove(r.entry().id());
                    }
                });
                grid.getDataProvider().refreshAll();
                updateSelectionActions();
            }
        });
        grid.addComponentColumn(this::selectBox).setHeader(all).setWidth("44px").setFlexGrow(0).setFrozen(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("dense-grid");
        grid.setSizeFull();
        grid.setMinHeight("24em");
        grid.getElement().setAttribute("aria-label", firmView ? "Firm portfolios" : "Your portfolios");
        grid.addComponentColumn(this::client).setHeader("Client").setFlexGrow(1).setWidth("96px")
                .setComparator(r -> r.entry().clientName().toLowerCase()).setKey("client");
        grid.addComponentColumn(r -> BookCells.grade(r.grade(), r.whyNotGraded())).setHeader("Grade")
                .setWidth("96px").setFlexGrow(0)
                .setComparator(Comparator.comparing(BookRow::grade, Comparator.nullsFirst(Comparator.naturalOrder())));
        scoreColumn(Dimension.MOMENTUM_CROWDING, "Crowding", "92px");
        scoreColumn(Dimension.POLICY_SHOCK_EXPOSURE, "Policy shock", "76px");
        scoreColumn(Dimension.REVERSAL_RISK, "Reversal", "86px");
        grid.addComponentColumn(this::worstCase).setHeader(header("Worst case", "Largest loss across the portfolio's scenarios, in % and USD")).setWidth("92px").setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.entry().worstCasePct().value(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(r -> BookCells.figure(r.entry().marketValue(), Formats::dollars)).setHeader("Value")
                .setWidth("92px").setFlexGrow(0)
                .setComparator(Comparator.comparing((BookRow r) -> r.entry().marketValue().value(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setVisible(!firmView);
        grid.addComponentColumn(this::asOf).setHeader(header("As of · age", "Valuation date: the latest date the holdings have prices; age in days")).setWidth("100px").setFlexGrow(0)
                .setComparator(Comparator.comparing(BookRow::dataAgeDays, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(r -> BookCells.figure(r.entry().scoredShare(), v -> Formats.percent(v * 100, 0)))
                .setHeader(header("Covered", "Share of the value the scores describe")).setWidth("86px").setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.entry().scoredShare().value(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addComponentColumn(this::owner).setHeader(header("Owner · sharing", "Who owns it and whom it is shared with")).setWidth("112px").setFlexGrow(0)
                .setComparator(r -> r.entry().ownerName());
    }

    /** A header that may wrap, with the full meaning as its tooltip. */
    private static Component header(String text, String meaning) {
        Span h = new Span(text);
        h.getElement().setAttribute("title", meaning);
        h.getStyle().set("white-space", "normal");
        return h;
    }

    private void scoreColumn(Dimension dim, String title, String width) {
        grid.addComponentColumn(r -> BookCells.score(r.score(dim), r.band(dim), r.whyNoScore(dim)))
                .setHeader(header(title, dim.label())).setWidth(width).setFlexGrow(0)
                .setComparator(Comparator.comparing((BookRow r) -> r.score(dim),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTooltipGenerator(r -> dim.label() + (r.score(dim) == null ? ": " + r.whyNoScore(dim) : ""));
    }

    private Component selectBox(BookRow r) {
        Checkbox box = new Checkbox(selected.contains(r.entry().id()));
        box.setAriaLabel("Select " + r.entry().clientName());
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                selected.add(r.entry().id());
            } else {
                selected.remove(r.entry().id());
            }
            updateSelectionActions();
        });
        return box;
    }

    private Component client(BookRow r) {
        if (firmView && r.entry().yourRole() == null) {
            return new Span(r.entry().clientName());
        }
        Anchor open = new Anchor("portfolios/view/" + r.entry().id(), r.entry().clientName());
        open.getElement().setAttribute("aria-label", "Open the analysis of " + r.entry().clientName());
        return open;
    }

    private Component worstCase(BookRow r) {
        Div cell = new Div();
        cell.add(BookCells.figure(r.entry().worstCasePct(), Formats::signedPercent));
        if (!firmView) {
            Div money = new Div(BookCells.figure(r.entry().worstCaseCurrency(), Formats::signedDollars));
            money.addClassName("kpi-help");
            cell.add(money);
        }
        if (r.entry().worstCaseScenario() != null) {
            cell.getElement().setAttribute("title", r.entry().worstCaseScenario());
        }
        return cell;
    }

    private Component asOf(BookRow r) {
        if (r.entry().asOf() == null) {
            return BookCells.missing(r.entry().notScoredReason() == null ? "No valuation date."
                    : r.entry().notScoredReason());
        }
        Div cell = new Div(new Div(BookCells.date(r.entry().asOf())));
        Div age = new Div(BookCells.age(r.dataAgeDays()) + (r.stale() ? " (stale)" : ""));
        age.addClassName(r.stale() ? "error-text" : "kpi-help");
        cell.add(age);
        return cell;
    }

    private Component owner(BookRow r) {
        Div cell = new Div(new Div(r.entry().ownerName()));
        Div sharing = new Div(BookCells.sharing(r.entry().grants(), r.entry().yourRole()));
        sharing.addClassName("kpi-help");
        cell.add(sharing);
        return cell;
    }

    private void showTriage(List<TriageCount> counts) {
        triage = counts;
        triageBar.removeAll();
        for (TriageCount t : counts) {
            Button b = new Button(t.text(), e -> applyTriage(t));
            b.setId("triage-" + t.key());
            boolean active = t.key().equals(activeTriage);
            b.addThemeVariants(active ? ButtonVariant.LUMO_PRIMARY
                    : t.count() > 0 ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-pressed", String.valueOf(active));
            b.getElement().setAttribute("title", active ? "Shown now; Clear filters shows every portfolio"
                    : "Show only these");
            triageBar.add(b);
        }
    }

    private void applyTriage(TriageCount t) {
        BookFilter f = t.filter();
        applying = true;
        gradeFilter.setValue(ANY_GRADE);
        ownerFilter.setValue(ANY_OWNER);
        search.clear();
        staleOnly.setValue(f.staleOnly());
        severeAnywhere.setValue(f.severeAnywhere());
        applying = false;
        severeIn = f.severeIn();
        notScoredOnly = f.notScored();
        activeTriage = t.key();
        showTriage(triage);
        apply();
    }

    private void clearFilters() {
        applying = true;
        gradeFilter.setValue(ANY_GRADE);
        ownerFilter.setValue(ANY_OWNER);
        search.clear();
        staleOnly.setValue(false);
        severeAnywhere.setValue(false);
        applying = false;
        severeIn = null;
        notScoredOnly = false;
        activeTriage = null;
        showTriage(triage);
        apply();
    }

    private void controlsChanged() {
        if (!applying) {
            severeIn = null;
            notScoredOnly = false;
            if (activeTriage != null) {
                activeTriage = null;
                showTriage(triage);
            }
            apply();
        }
    }

    private BookFilter filter() {
        String g = gradeFilter.getValue();
        Grade grade = g == null || g.equals(ANY_GRADE) || g.equals(NOT_GRADED) ? null
                : Grade.valueOf(g.toUpperCase(java.util.Locale.ROOT));
        String owner = ownerFilter.getValue() == null || ownerFilter.getValue().equals(ANY_OWNER) ? null
                : ownerFilter.getValue();
        return new BookFilter(grade, NOT_GRADED.equals(g), owner, staleOnly.getValue(), severeAnywhere.getValue(),
                severeIn, notScoredOnly, search.getValue());
    }

    private void apply() {
        BookFilter f = filter();
        List<BookRow> visible = rows.stream().filter(f).toList();
        grid.setItems(visible);
        grid.setEmptyStateComponent(emptyState(rows.isEmpty()));
        String what = severeIn != null ? " with severe " + severeIn.label().toLowerCase(java.util.Locale.ROOT)
                : notScoredOnly ? " that could not be scored" : "";
        shown.setText(visible.size() == rows.size() ? "Showing all " + rows.size() + " portfolios"
                : "Showing " + visible.size() + " of " + rows.size() + " portfolios" + what);
        updateSelectionActions();
    }

    private Component emptyState(boolean bookEmpty) {
        Div empty = new Div();
        empty.setId("book-empty");
        if (bookEmpty && firmView) {
            empty.add(new Paragraph("No client portfolios in the firm yet. Advisors create them under Portfolios."));
        } else if (bookEmpty) {
            empty.add(new Paragraph("No portfolios yet — create one or import a Fidelity or Schwab export."));
            Button create = new Button("New portfolio", VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("portfolios/edit")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("book-new-portfolio");
            empty.add(create);
        } else {
            empty.add(new Paragraph("No portfolio matches these filters."));
            Button clear = new Button("Clear filters", e -> clearFilters());
            clear.setId("book-empty-clear");
            empty.add(clear);
        }
        return empty;
    }

    private void refreshOwners() {
        TreeSet<String> owners = new TreeSet<>();
        rows.forEach(r -> owners.add(r.entry().ownerName()));
        List<String> items = new ArrayList<>(List.of(ANY_OWNER));
        items.addAll(owners);
        String current = ownerFilter.getValue();
        applying = true;
        ownerFilter.setItems(items);
        ownerFilter.setValue(current != null && items.contains(current) ? current : ANY_OWNER);
        applying = false;
    }

    private void updateSelectionActions() {
        int n = selectedRows().size();
        rescore.setEnabled(n > 0);
        rescore.setText(n > 0 ? "Re-score " + n + " selected" : "Re-score selected");
        zip.setEnabled(n > 0);
        zip.setText(n > 0 ? "Client summaries of " + n + " (ZIP)" : "Client summaries (ZIP)");
    }

    private void rescoreSelected() {
        List<Long> ids = selectedRows().stream().map(r -> r.entry().id()).toList();
        Map<Long, BookRow> fresh = new HashMap<>();
        try {
            dashboard.rescore(ids).forEach(r -> fresh.put(r.entry().id(), r));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // deleted or unshared since the page was opened: start again from the book as it is now
            Notification.show("A selected portfolio is no longer available to you; the book was reloaded.");
            Book book = dashboard.load();
            rows = book.rows();
            selected.clear();
            showTriage(book.triage());
            refreshOwners();
            apply();
            return;
        }
        rows = rows.stream().map(r -> fresh.getOrDefault(r.entry().id(), r)).toList();
        showTriage(dashboard.triage(rows));
        selected.clear();
        apply();
        Notification.show("Re-scored " + fresh.size() + (fresh.size() == 1 ? " portfolio" : " portfolios")
                + " with today's prices.");
    }

    /** The selected portfolios that the filters show: an action never touches a row the person cannot see. */
    private List<BookRow> selectedRows() {
        return grid.getListDataView().getItems().filter(r -> selected.contains(r.entry().id())).toList();
    }

    private void zipSelected() {
        List<BookRow> chosen = selectedRows().stream()
                .sorted(Comparator.comparing(r -> r.entry().clientName().toLowerCase())).toList();
        if (chosen.size() > BookReports.MAX_PORTFOLIOS) {
            Notification.show("Choose at most " + BookReports.MAX_PORTFOLIOS + " portfolios for one ZIP; "
                    + chosen.size() + " are selected.");
            return;
        }
        new BulkReportDialog(reports, chosen.stream().map(r -> r.entry().id()).toList(), security).open();
    }
}
