package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
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
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("portfolio-search");
        search.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());

        grid.addColumn(PortfolioSummary::clientName).setHeader("Client").setSortable(true).setWidth("16em")
                .setFlexGrow(1);
        grid.addComponentColumn(s -> GradeBadge.of(s.lastGrade())).setHeader("Grade").setAutoWidth(true)
                .setComparator(BY_GRADE);
        grid.addColumn(PortfolioSummary::holdings).setHeader("Holdings").setAutoWidth(true).setSortable(true);
        grid.addColumn(PortfolioSummary::ownerName).setHeader("Owner").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> WHEN.format(s.updatedAt()) + " by " + s.updatedByName()).setHeader("Last change")
                .setWidth("15em").setFlexGrow(0).setComparator(PortfolioSummary::updatedAt);
        grid.addColumn(s -> s.access().name().toLowerCase(Locale.ROOT)).setHeader("Access").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemDoubleClickListener(e -> {
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("portfolio-grid");
        add(header, tabs, search, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tabs.getSelectedTab() == shared ? portfolios.sharedWithMe(search.getValue())
                : portfolios.myPortfolios(search.getValue()));
    }

    private void open(PortfolioSummary s) {
        getUI().ifPresent(ui -> ui.navigate(PortfolioAnalysisView.class, s.id()));
    }

    private HorizontalLayout actions(PortfolioSummary s) {
        Button open = new Button("Open", e -> open(s));
        Button edit = new Button("Edit", e -> getUI().ifPresent(ui -> ui.navigate(PortfolioEditorView.class, s.id())));
        edit.setEnabled(s.access().mayEdit());
        Button duplicate = new Button("Duplicate", e -> {
            PortfolioDetails copy = portfolios.duplicate(s.id());
            Notification.show("Created \"" + copy.content().clientName() + "\"");
            refresh();
        });
        duplicate.setEnabled(s.mayDuplicate());
        if (!s.mayDuplicate()) {
            duplicate.setTooltipText("The owner has not allowed viewers to copy this portfolio");
        }
        open.setAriaLabel("Open " + s.clientName());
        edit.setAriaLabel("Edit " + s.clientName());
        duplicate.setAriaLabel("Duplicate " + s.clientName());
        HorizontalLayout actions = new HorizontalLayout(open, edit, duplicate);
        if (s.access() == AccessRole.OWNER) {
            Button delete = new Button("Delete", e -> confirmDelete(s));
            delete.setAriaLabel("Delete " + s.clientName());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private void confirmDelete(PortfolioSummary s) {
        ConfirmDialog dialog = new ConfirmDialog("Delete \"" + s.clientName() + "\"?",
                "The portfolio and its " + s.holdings() + " holdings disappear for everyone it is shared with. Its "
                        + "archived reports and history are kept, and an administrator can restore it for a while.",
                "Delete", e -> {
                    portfolios.delete(s.id());
                    Notification.show("Deleted \"" + s.clientName() + "\"");
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

}
