package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.InvalidPortfolioException;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.risk.InvalidScenarioException;
import com.rotationrisk.risk.ScenarioSet;
import com.rotationrisk.risk.ScenarioView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.stream.Collectors;

/**
 * The analysis view's "Scenario set" panel: names the portfolio's set (the same for everyone who may see the
 * portfolio, and printed in its reports), lists it, and lets the owner or an editor add published scenarios or take
 * added ones out. The service decides who may change the set; this panel only leaves the controls out for viewers.
 */
class ScenarioSetPanel extends Div {

    private final Runnable onChange;
    private PortfolioService portfolios;
    private long portfolioId;
    private boolean mayEdit;

    /** {@code onChange} runs after the set changed, to recompute the analysis. */
    ScenarioSetPanel(Runnable onChange) {
        this.onChange = onChange;
        setId("scenario-set");
        setWidthFull();
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "scenario-set-name");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("box-sizing", "border-box");
    }

    void show(PortfolioService portfolios, long portfolioId, boolean mayEdit) {
        this.portfolios = portfolios;
        this.portfolioId = portfolioId;
        this.mayEdit = mayEdit;
        render(portfolios.scenarioSet(portfolioId));
    }

    private void render(ScenarioSet set) {
        removeAll();
        H3 name = new H3("Scenario set: " + set.name());
        name.setId("scenario-set-name");
        name.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-m)");
        Paragraph defaults = new Paragraph("Firm default set (every portfolio): " + set.firmDefault().stream()
                .map(m -> m.name() + " v" + m.scenario().version()).collect(Collectors.joining(", ")) + ".");
        defaults.addClassName("provenance");
        defaults.getStyle().set("margin", "0");
        add(name, defaults);

        UnorderedList added = new UnorderedList();
        added.setId("scenario-set-added");
        added.getStyle().set("margin", "var(--lumo-space-xs) 0");
        for (ScenarioSet.Member m : set.added()) {
            ListItem item = new ListItem(new Span("Added: " + m.name() + " v" + m.scenario().version()));
            if (mayEdit) {
                Button remove = new Button("Remove", e -> change(() -> portfolios.removeScenario(portfolioId, m.id())));
                remove.getElement().setAttribute("aria-label", "Remove " + m.name() + " from the scenario set");
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("remove-set-scenario");
                item.add(remove);
            }
            added.add(item);
        }
        if (!set.added().isEmpty()) {
            add(added);
        }
        if (!mayEdit) {
            Paragraph note = new Paragraph("The portfolio's owner or an editor chooses which published scenarios are "
                    + "added to the firm default set.");
            note.addClassName("provenance");
            add(note);
            return;
        }
        ComboBox<ScenarioView> choice = new ComboBox<>("Add a published scenario");
        choice.setId("scenario-to-add");
        choice.setItems(portfolios.scenariosToAdd(portfolioId));
        choice.setItemLabelGenerator(s -> s.name() + " (v" + s.version() + ", " + s.ownerName() + ")");
        choice.setWidth("24em");
        choice.setHelperText("Drafts cannot be added: their author publishes them first.");
        Button add = new Button("Add to set", e -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage("Choose a published scenario.");
                choice.setInvalid(true);
                return;
            }
            try {
                render(portfolios.addScenario(portfolioId, choice.getValue().id()));
                onChange.run();
            } catch (InvalidScenarioException | InvalidPortfolioException ex) {
                choice.setErrorMessage(ex.getMessage());
                choice.setInvalid(true);
            }
        });
        add.setId("add-to-set");
        HorizontalLayout controls = new HorizontalLayout(choice, add);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(controls);
    }

    private void change(java.util.function.Supplier<ScenarioSet> action) {
        try {
            render(action.get());
            onChange.run();
        } catch (InvalidPortfolioException ex) {
            com.vaadin.flow.component.notification.Notification.show(ex.getMessage());
        }
    }
}
