package com.rotationrisk.risk.ui;

import com.rotationrisk.risk.InvalidScenarioException;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.ShockKeys;
import com.rotationrisk.risk.ShockReach;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.rotationrisk.uikit.ConfirmDestructive;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The stress scenarios: published ones (built-in or published by an advisor; read-only) and drafts (the user's own
 * and their team's). A copy is a draft, stored only when saved; a draft is published from its editor.
 */
@Route("scenarios")
@PageTitle("Scenarios · Rotation Risk")
@Menu(order = 30, title = "Scenarios", icon = "vaadin:bolt")
@PermitAll
public class ScenariosView extends VerticalLayout {

    private final ScenarioService scenarios;
    private final ShockKeys shockKeys;
    private final ShockReach reach;
    private final boolean admin;
    private final Grid<ScenarioView> grid = new Grid<>();
    private final Paragraph noDrafts = new Paragraph("You have no drafts yet. To make your own scenario, click Copy "
            + "on the scenario closest to what you have in mind, change its shocks and save it; publish it when it "
            + "is ready for portfolios.");

    public ScenariosView(ScenarioService scenarios, ShockKeys shockKeys, ShockReach reach, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.shockKeys = shockKeys;
        this.reach = reach;
        this.admin = currentUser.require().isAdmin();
        setId("scenarios-view");
        setSizeFull();
        add(new H2("Stress scenarios"), new Paragraph("Built-in scenarios are read-only and their numbers are "
                + "illustrative until calibrated. Copy one to adapt it: the copy is your draft (your team can read "
                + "it) and changes no numbers until you publish it. Published scenarios never change; a portfolio's "
                + "owner or editor adds them to that portfolio's scenario set, which everyone who sees the "
                + "portfolio and its reports then gets."));

        grid.addColumn(ScenarioView::name).setHeader("Scenario").setWidth("15em").setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(ScenariosView::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::origin).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(ScenarioView::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(s -> Formats.signedPercent(s.content().marketShockPct())).setHeader("Market").setAutoWidth(true);
        grid.addColumn(s -> s.content().spreadGivesBackYtd() ? "gives back YTD" : Formats.signedPercent(s.content().spreadShockPct()))
                .setHeader("Spread").setAutoWidth(true);
        grid.addColumn(s -> s.content().shocks().size()).setHeader("Shocks").setAutoWidth(true);
        grid.addColumn(s -> s.content().analogStart() == null ? "—"
                : s.content().analogStart() + " → " + s.content().analogEnd()).setHeader("Analog window")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(ScenariosView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("scenario-grid");
        noDrafts.setId("no-drafts");
        noDrafts.addClassName("provenance");
        add(noDrafts, new ExportButtons("scenarios", "scenarios", () -> Table.of("Scenarios",
                ExportButtons.shownRows(grid))
                .column("Scenario", ScenarioView::name)
                .column("Status", s -> s.status().name().toLowerCase(java.util.Locale.ROOT))
                .column("Owner", s -> s.builtIn() ? "built-in" : s.ownerName())
                .column("Version", ScenarioView::version)
                .column("Market shock %", s -> s.content().marketShockPct())
                .column("Spread shock %", s -> s.content().spreadGivesBackYtd() ? null : s.content().spreadShockPct())
                .column("Spread gives back YTD", s -> s.content().spreadGivesBackYtd() ? "yes" : "no")
                .column("Direct shocks", s -> s.content().shocks().size())
                .column("Analog from", s -> s.content().analogStart())
                .column("Analog to", s -> s.content().analogEnd())
                .build()), grid);
        refresh();
    }

    /** After a save: the list again, scrolled to the draft just saved (the person's most recently changed one). */
    private void showSaved() {
        refresh();
        grid.getListDataView().getItems().filter(ScenarioView::editable).filter(v -> v.updatedAt() != null)
                .max(java.util.Comparator.comparing(ScenarioView::updatedAt)).ifPresent(grid::scrollToItem);
    }

    private void refresh() {
        List<ScenarioView> visible = scenarios.visibleScenarios();
        noDrafts.setVisible(visible.stream().noneMatch(ScenarioView::editable));
        grid.setItems(visible);
    }

    /** The pick lists and the advisor's book, read when an editor opens (the book may have changed since). */
    private ShockRow.Choices choices() {
        return new ShockRow.Choices(shockKeys, reach.myBook());
    }

    private Span origin(ScenarioView s) {
        Span badge = new Span(s.builtIn() ? "Built-in" : s.ownerName());
        badge.getElement().getThemeList().add(s.builtIn() ? "badge contrast" : "badge");
        return badge;
    }

    private static Span status(ScenarioView s) {
        Span badge = new Span(!s.published() ? "Draft" : s.firmDefault() ? "Firm default" : "Published");
        badge.getElement().getThemeList().add(s.published() ? "badge success" : "badge");
        badge.setTitle(!s.published() ? "Draft: in no portfolio's scenario set until published"
                : s.firmDefault() ? "Published, in the firm default set of every portfolio"
                : "Published: can be added to a portfolio's scenario set");
        badge.addClassName("scenario-status");
        return badge;
    }

    private HorizontalLayout actions(ScenarioView s) {
        // nothing is stored until the copy is saved: Cancel leaves no scenario behind
        Button copy = new Button("Copy", e -> ScenarioEditor.forCopy(scenarios, choices(), s, this::showSaved).open());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(copy);
        if (s.editable()) {
            Button edit = new Button("Edit", e -> ScenarioEditor.forDraft(scenarios, choices(), scenarios.get(s.id()),
                    this::showSaved).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button delete = new Button("Delete", e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel("Delete " + s.name());
            delete.addClassName("delete-scenario");
            actions.add(edit, delete);
        }
        if (admin && s.published() && !s.builtIn()) {
            Button firmDefault = new Button(s.firmDefault() ? "Remove from firm default set" : "Add to firm default set",
                    e -> {
                        try {
                            scenarios.setFirmDefault(s.id(), !s.firmDefault());
                        } catch (InvalidScenarioException ex) {
                            Notification.show(ex.getMessage());
                        }
                        refresh();
                    });
            firmDefault.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(firmDefault);
        }
        return actions;
    }

    private void confirmDelete(ScenarioView s) {
        ConfirmDestructive.open("Delete the draft \"" + s.name() + "\"?", "The draft and its "
                + s.content().shocks().size() + " direct shocks are deleted for you and your team. This cannot be "
                + "undone.", "Delete draft", () -> {
                    try {
                        scenarios.delete(s.id());
                        Notification.show("Deleted the draft \"" + s.name() + "\"");
                    } catch (InvalidScenarioException ex) {
                        Notification.show(ex.getMessage());
                    }
                    refresh();
                });
    }

    private static Paragraph details(ScenarioView s) {
        StringBuilder text = new StringBuilder(s.content().description() == null ? "" : s.content().description());
        if (!s.content().shocks().isEmpty()) {
            text.append(" Direct shocks: ");
            s.content().shocks().forEach(shock -> text.append(shock.target().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ')).append(" \"").append(shock.key()).append("\" ").append(Formats.signedPercent(shock.pct()))
                    .append("; "));
        }
        return new Paragraph(text.toString().trim());
    }
}
