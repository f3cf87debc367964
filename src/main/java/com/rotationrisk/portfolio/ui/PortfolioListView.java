package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.rotationrisk.uikit.ConfirmDestructive;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/** "My portfolios" and "Shared with me": find a client's portfolio and open, duplicate or delete it. */
@Route("portfolios")
@PageTitle("Portfolios · Rotation Risk")
@Menu(order = 10, title = "Portfolios", icon = "vaadin:briefcase")
@PermitAll
public class PortfolioListView extends VerticalLayout {

    /** Grade column order: the bands' order (Low … Severe), ungraded first. */
    static final Comparator<PortfolioSummary> BY_GRADE = Comparator.comparing(PortfolioSummary::lastGrade,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final PortfolioService portfolios;
    private final Grid<PortfolioSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Tab mine = new Tab("My portfolios");
    private final Tab shared = new Tab("Shared with me");
    private final Tabs tabs = new Tabs(mine, shared);

    public PortfolioListView(PortfolioService portfolios) {
        this.portfolios = portfolios;
        setId("portfolio-list");
        setSizeFull();
        Button create = new Button("New portfolio", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PortfolioEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-portfolio");
        HorizontalLayout header = new HorizontalLayout(new H2("Client portfolios"), create);
        header.setAlignItems(Alignment.BASELINE);

        search.setPlaceholder("Search client name");
        search.getElement().setAttribute("aria-label", "Search client name");
        search.setMaxLength(200);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("portfolio-search");
        search.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());

        grid.addComponentColumn(this::client).setHeader("Client").setComparator(s -> s.clientName().toLowerCase(Locale.ROOT))
                .setWidth("180px").setFlexGrow(1);
        grid.addComponentColumn(PortfolioListView::grade).setHeader("Grade").setWidth("120px").setFlexGrow(0)
                .setComparator(BY_GRADE);
        grid.addColumn(PortfolioSummary::holdings).setHeader("Holdings").setWidth("88px").setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(PortfolioSummary::ownerName).setHeader("Owner").setWidth("128px").setFlexGrow(0).setSortable(true);
        grid.addColumn(s -> ScreenDates.formatDateTime(s.updatedAt()) + " by " + s.updatedByName()).setHeader("Last change")
                .setWidth("160px").setFlexGrow(0).setComparator(PortfolioSummary::updatedAt);
        grid.addColumn(s -> s.access().name().toLowerCase(Locale.ROOT)).setHeader("Access").setWidth("84px")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setWidth("120px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemDoubleClickListener(e -> {
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("portfolio-grid");
        grid.addClassName("dense-grid");
        grid.getElement().setAttribute("aria-label", "Client portfolios");
        ExportButtons export = new ExportButtons("portfolios", "portfolios", this::table);
        HorizontalLayout searchBar = new HorizontalLayout(search, export);
        searchBar.setAlignItems(Alignment.CENTER);
        searchBar.setWrap(true);
        add(header, tabs, searchBar, grid);
        refresh();
    }

    private void refresh() {
        boolean sharedTab = tabs.getSelectedTab() == shared;
        grid.setItems(sharedTab ? portfolios.sharedWithMe(search.getValue()) : portfolios.myPortfolios(search.getValue()));
        grid.setEmptyStateComponent(emptyState(sharedTab, search.getValue() == null ? "" : search.getValue().trim()));
    }

    /** What to do next when the grid is empty: create or import, wait for a share, or clear the search. */
    private Component emptyState(boolean sharedTab, String needle) {
        Div empty = new Div();
        empty.setId("portfolio-empty");
        if (!needle.isEmpty()) {
            empty.add(new Paragraph("No portfolio" + (sharedTab ? " shared with you" : " of yours")
                    + " has a client name containing \"" + needle + "\"."));
            Button clear = new Button("Clear the search", e -> search.clear());
            clear.setId("clear-search");
            empty.add(clear);
        } else if (sharedTab) {
            empty.add(new Paragraph("Nothing is shared with you yet. When a colleague shares a portfolio with you or "
                    + "your team, it appears here."));
        } else {
            empty.add(new Paragraph("No portfolios yet — create one or import a Fidelity or Schwab export."));
            Button create = new Button("New portfolio", VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(PortfolioEditorView.class)));
            create.setId("empty-new-portfolio");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(create);
        }
        return empty;
    }

    private Table table() {
        return Table.of("Portfolios", ExportButtons.shownRows(grid))
                .column("Client", PortfolioSummary::clientName)
                .column("Grade", s -> s.lastGrade() == null ? null : s.lastGrade().label())
                .column("Graded as of", PortfolioSummary::lastGradedAsOf)
                .column("Holdings", PortfolioSummary::holdings)
                .column("Owner", PortfolioSummary::ownerName)
                .column("Last change", s -> WHEN.format(s.updatedAt()))
                .column("Changed by", PortfolioSummary::updatedByName)
                .column("Access", s -> s.access().name().toLowerCase(Locale.ROOT))
                .build();
    }

    private Component client(PortfolioSummary s) {
        Anchor link = new Anchor("portfolios/view/" + s.id(), s.clientName());
        link.getElement().setAttribute("aria-label", "Open " + s.clientName());
        return link;
    }

    private static Component grade(PortfolioSummary s) {
        Div cell = new Div(GradeBadge.of(s.lastGrade()));
        if (s.lastGradedAsOf() != null) {
            Div when = new Div("as of " + s.lastGradedAsOf());
            when.addClassName("kpi-help");
            cell.add(when);
        }
        return cell;
    }

    private void open(PortfolioSummary s) {
        getUI().ifPresent(ui -> ui.navigate(PortfolioAnalysisView.class, s.id()));
    }

    private HorizontalLayout actions(PortfolioSummary s) {
        Button edit = iconButton(VaadinIcon.EDIT, "Edit " + s.clientName(),
                e -> getUI().ifPresent(ui -> ui.navigate(PortfolioEditorView.class, s.id())));
        edit.setEnabled(s.access().mayEdit());
        Button duplicate = iconButton(VaadinIcon.COPY_O, "Duplicate " + s.clientName(), e -> {
            PortfolioDetails copy = portfolios.duplicate(s.id());
            Notification.show("Created \"" + copy.content().clientName() + "\"");
            refresh();
        });
        duplicate.setEnabled(s.mayDuplicate());
        duplicate.setTooltipText(s.mayDuplicate() ? "Duplicate" : "The owner has not allowed viewers to copy this portfolio");
        HorizontalLayout actions = new HorizontalLayout(edit, duplicate);
        actions.setSpacing(false);
        if (s.access() == AccessRole.OWNER) {
            Button delete = iconButton(VaadinIcon.TRASH, "Delete " + s.clientName(), e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String ariaLabel,
                                     com.vaadin.flow.component.ComponentEventListener<
                                             com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(icon.create(), click);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(ariaLabel);
        b.setTooltipText(ariaLabel.substring(0, ariaLabel.indexOf(' ')));
        return b;
    }

    /** Deleting asks first, and Enter by reflex keeps the portfolio. */
    private void confirmDelete(PortfolioSummary s) {
        ConfirmDestructive.open("Delete \"" + s.clientName() + "\"?",
                "The portfolio and its " + s.holdings() + " holdings disappear for everyone it is shared with. Its "
                        + "archived reports and history are kept, and an administrator can restore it for a while.",
                "Delete", () -> {
                    portfolios.delete(s.id());
                    Notification.show("Deleted \"" + s.clientName() + "\"");
                    refresh();
                });
    }

}
