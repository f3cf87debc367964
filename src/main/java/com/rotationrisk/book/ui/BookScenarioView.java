package com.rotationrisk.book.ui;

import com.rotationrisk.book.BookDashboard;
import com.rotationrisk.book.BookTables;
import com.rotationrisk.book.RankedScenario;
import com.rotationrisk.portfolio.BookScenarioEntry;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One scenario across the whole book: "who loses most in a tariff shock?". Every portfolio the person may see, ranked
 * by the scenario's loss in % (largest first), with the loss in currency; the scenario is in the address
 * ({@code ?scenario=12}) so the ranking can be bookmarked or sent to a teammate.
 */
@Route("book/scenario")
@PageTitle("Book scenario · Rotation Risk")
@Menu(order = 1, title = "Book scenario", icon = "vaadin:bolt")
@PermitAll
public class BookScenarioView extends VerticalLayout implements BeforeEnterObserver {

    private final BookDashboard dashboard;
    private final boolean firmView;
    private final ComboBox<ScenarioView> scenario = new ComboBox<>("Scenario");
    private final Grid<BookScenarioEntry> grid = new Grid<>();
    private final Span summary = new Span();
    private RankedScenario run;

    public BookScenarioView(BookDashboard dashboard, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.firmView = currentUser.require().isAdmin();
        setId("book-scenario");
        setSizeFull();
        List<ScenarioView> choices = dashboard.scenarioChoices();
        scenario.setItems(choices);
        scenario.setItemLabelGenerator(s -> s.name() + (s.builtIn() ? " (built-in)" : " (" + s.ownerName() + ")"));
        scenario.setId("book-scenario-choice");
        scenario.setWidth("28em");
        scenario.setHelperText("Built-in and published scenarios");
        Button runButton = new Button("Rank my book", e -> navigateTo(scenario.getValue()));
        runButton.setId("book-scenario-run");
        runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runButton.setText(firmView ? "Rank the firm" : "Rank my book");
        HorizontalLayout form = new HorizontalLayout(scenario, runButton);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        summary.setId("book-scenario-summary");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        ExportButtons export = new ExportButtons("book-scenario", "book-scenario",
                () -> BookTables.scenario(run == null ? new RankedScenario(0, "", 0, List.of()) : run, firmView));
        HorizontalLayout bar = new HorizontalLayout(summary, export);
        bar.setWidthFull();
        bar.setFlexGrow(1, summary);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);

        configureGrid();
        Paragraph intro = new Paragraph("Choose a scenario to see how every portfolio " + (firmView ? "of the firm"
                : "you may see") + " would fare, the largest loss first. Each portfolio is valued at the latest date "
                + "its holdings have prices." + (firmView ? " Administrators see losses in %, not in currency." : ""));
        intro.addClassName("kpi-help");
        Anchor back = new Anchor("", "Back to the book");
        back.setId("book-scenario-back");
        add(new H2("One scenario across the book"), intro, form, bar, grid, back);
        if (choices.isEmpty()) {
            summary.setText("No published scenario yet: publish one under Scenarios first.");
        }
    }

    private void configureGrid() {
        grid.setId("book-scenario-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setMinHeight("24em");
        grid.getElement().setAttribute("aria-label", "Portfolios ranked by loss in the scenario");
        grid.addColumn(e -> run.ranked().indexOf(e) + 1).setHeader("Rank").setWidth("5em").setFlexGrow(0);
        grid.addColumn(BookScenarioEntry::clientName).setHeader("Client").setFlexGrow(1).setWidth("12em")
                .setSortable(true).setComparator(e -> e.clientName().toLowerCase());
        grid.addComponentColumn(e -> BookCells.figure(e.impactPct(), Formats::signedPercent)).setHeader("Loss %")
                .setWidth("8em").setFlexGrow(0).setComparator(Comparator.comparing(e -> e.impactPct().value(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(e -> BookCells.figure(e.impactCurrency(), Formats::signedDollars))
                .setHeader("Loss USD").setWidth("9em").setFlexGrow(0)
                .setComparator(Comparator.comparing((BookScenarioEntry e) -> e.impactCurrency().value(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setVisible(!firmView);
        grid.addComponentColumn(e -> BookCells.figure(e.coveredShare(), v -> Formats.percent(v * 100, 0)))
                .setHeader("Covered").setWidth("7em").setFlexGrow(0);
        grid.addColumn(e -> BookCells.date(e.asOf())).setHeader("As of").setWidth("9em").setFlexGrow(0)
                .setComparator(Comparator.comparing(BookScenarioEntry::asOf,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(BookScenarioEntry::ownerName).setHeader("Owner").setWidth("10em").setFlexGrow(0)
                .setSortable(true);
        grid.setEmptyStateComponent(empty("Choose a scenario and rank the book to see who loses most."));
    }

    private static Component empty(String text) {
        Div d = new Div(new Paragraph(text));
        d.setId("book-scenario-empty");
        return d;
    }

    private void navigateTo(ScenarioView s) {
        if (s == null) {
            scenario.setInvalid(true);
            scenario.setErrorMessage("Choose a scenario first.");
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("book/scenario", QueryParameters.simple(Map.of("scenario",
                String.valueOf(s.id())))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("scenario",
                List.of());
        if (ids.isEmpty()) {
            return;
        }
        Long id = parse(ids.getFirst());
        ScenarioView chosen = id == null ? null : scenario.getListDataView().getItems()
                .filter(s -> s.id() == id).findFirst().orElse(null);
        if (chosen == null) {
            scenario.setInvalid(true);
            scenario.setErrorMessage("The address names no published scenario; choose one from the list.");
            return;
        }
        scenario.setValue(chosen);
        scenario.setInvalid(false);
        run = dashboard.rankByLoss(chosen.id());
        grid.setItems(run.ranked());
        grid.setEmptyStateComponent(empty(firmView ? "There are no client portfolios in the firm yet."
                : "No portfolios yet — create one or import a Fidelity or Schwab export, then rank it here."));
        long known = run.ranked().stream().filter(e -> e.impactPct().known()).count();
        summary.setText(run.ranked().isEmpty() ? "" : run.scenarioName() + ": " + run.ranked().size()
                + " portfolios ranked by loss" + (known < run.ranked().size() ? "; " + (run.ranked().size() - known)
                + " without a known loss are listed last, with the reason" : "") + ".");
    }

    private static Long parse(String s) {
        try {
            return s.length() > 18 ? null : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
