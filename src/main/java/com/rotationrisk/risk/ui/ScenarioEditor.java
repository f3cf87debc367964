package com.rotationrisk.risk.ui;

import com.rotationrisk.risk.InvalidScenarioException;
import com.rotationrisk.risk.ScenarioDraft;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import com.rotationrisk.uikit.ConfirmDestructive;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits a draft, or the content of a copy that does not exist yet: a copy is stored only when the user saves it, so
 * Cancel leaves nothing behind. A draft can be published from here. Errors appear at the field; nothing is saved
 * until all is valid.
 */
class ScenarioEditor extends Dialog {

    private final Paragraph formError = new Paragraph();
    private final ScenarioService scenarios;
    /** The draft being edited, or the scenario being copied when {@link #copying}. */
    private final ScenarioView original;
    private final boolean copying;
    private final Runnable onSaved;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final NumberField market = percentField("Market shock");
    private final NumberField spread = percentField("Rotation-spread shock");
    private final Checkbox givesBackYtd = new Checkbox("Spread gives back its year-to-date gain instead");
    private final Checkbox policy = new Checkbox("Policy scenario (counts for the policy-shock exposure score)");
    private final DatePicker analogStart = new DatePicker("Analog window from");
    private final DatePicker analogEnd = new DatePicker("to");
    private final VerticalLayout shockRows = new VerticalLayout();
    private final Paragraph shocksError = new Paragraph();
    private final List<ShockRow> rows = new ArrayList<>();
    private final ShockRow.Choices choices;

    /** Edits a draft the user may edit. */
    static ScenarioEditor forDraft(ScenarioService scenarios, ShockRow.Choices choices, ScenarioView draft,
                                   Runnable onSaved) {
        return new ScenarioEditor(scenarios, choices, draft, draft.content(), false, onSaved);
    }

    /** A new draft starting from {@code source}'s content; stored only on Save. */
    static ScenarioEditor forCopy(ScenarioService scenarios, ShockRow.Choices choices, ScenarioView source,
                                  Runnable onSaved) {
        return new ScenarioEditor(scenarios, choices, source, scenarios.prepareCopy(source.id()), true, onSaved);
    }

    private ScenarioEditor(ScenarioService scenarios, ShockRow.Choices choices, ScenarioView scenario,
                           ScenarioDraft d, boolean copying, Runnable onSaved) {
        this.scenarios = scenarios;
        this.choices = choices;
        this.original = scenario;
        this.copying = copying;
        this.onSaved = onSaved;
        setHeaderTitle(copying ? "New draft from \"" + scenario.name() + "\""
                : "Edit draft (version " + scenario.version() + ")");
        setWidth("min(900px, 95vw)");
        name.setId("scenario-name");
        market.setId("scenario-market");
        name.setValue(d.name());
        description.setValue(d.description() == null ? "" : d.description());
        market.setValue(d.marketShockPct());
        spread.setValue(d.spreadShockPct());
        givesBackYtd.setValue(d.spreadGivesBackYtd());
        policy.setValue(d.policyScenario());
        analogStart.setValue(d.analogStart());
        analogEnd.setValue(d.analogEnd());
        analogEnd.setId("scenario-analog-end");
        FormLayout form = new FormLayout(name, description, market, spread, givesBackYtd, policy, analogStart,
                analogEnd);
        form.setColspan(description, 2);
        shockRows.setPadding(false);
        shockRows.setSpacing(false);
        d.shocks().forEach(this::addRow);
        shocksError.addClassName("error-text");
        shocksError.setId("shocks-error");
        Button addShock = new Button("Add direct shock", e -> addRow(new Shock(ShockTarget.SECTOR, "", 0)));
        addShock.setId("add-shock");
        formError.addClassName("error-text");
        formError.setId("scenario-form-error");
        add(formError, form, new Paragraph("Direct shocks: the most specific one wins (ticker > industry > sector > size "
                + "bucket); market and spread shocks add through each position's betas. Sectors and industries are "
                + "GICS names (industries include sub-industries); each shock shows how many holdings of the "
                + "portfolios you can see it reaches."), shockRows, addShock, shocksError);

        Paragraph status = new Paragraph(copying ? "Saving creates a draft of yours. Drafts change no numbers: only "
                + "published scenarios can be added to a portfolio's scenario set." : "A draft changes no numbers. "
                + "Publishing makes it available to every portfolio's scenario set and fixes it: published "
                + "scenarios never change (copy one to make a new draft).");
        status.addClassName("provenance");
        status.setId("scenario-status-note");
        addComponentAsFirst(status);

        Button save = new Button("Save draft", e -> save(false));
        save.setId("save-scenario");
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-scenario");
        if (copying) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(cancel, save);
            return;
        }
        Button delete = new Button("Delete draft", e -> ConfirmDestructive.open(
                "Delete the draft \"" + original.name() + "\"?", "The draft and its " + original.content().shocks()
                        .size() + " direct shocks are deleted for you and your team. This cannot be undone.",
                "Delete draft", () -> {
                    scenarios.delete(original.id());
                    Notification.show("Deleted the draft \"" + original.name() + "\"");
                    close();
                    onSaved.run();
                }));
        delete.setId("delete-scenario");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button publish = new Button("Publish", e -> save(true));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-scenario");
        getFooter().add(delete, cancel, save, publish);
    }

    private void addRow(Shock shock) {
        ShockRow row = new ShockRow(shock, rows.size() + 1, choices);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            shockRows.remove(row.layout);
        });
        rows.add(row);
        shockRows.add(row.layout);
    }

    private void save(boolean publish) {
        List<HasValidation> fields = List.of(name, description, market, spread, analogEnd);
        fields.forEach(f -> f.setInvalid(false));
        shocksError.setText("");
        if (market.isInvalid() || spread.isInvalid()) {
            return;
        }
        ScenarioDraft draft = new ScenarioDraft(name.getValue(), description.getValue(), analogStart.getValue(),
                analogEnd.getValue(), orZero(market.getValue()), orZero(spread.getValue()), givesBackYtd.getValue(),
                policy.getValue(), rows.stream().map(ShockRow::shock).toList());
        formError.setText("");
        shocksError.setText("");
        try {
            if (copying) {
                scenarios.saveCopy(original.id(), draft);
            } else if (publish) {
                scenarios.publish(original.id(), draft, original.version());
            } else {
                scenarios.update(original.id(), draft, original.version());
            }
            Notification.show((publish ? "Published \"" : "Saved draft \"") + draft.name().trim() + "\"")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        } catch (InvalidScenarioException e) {
            HasValidation field = Map.<String, HasValidation>of("name", name, "description", description,
                    "marketShockPct", market, "spreadShockPct", spread, "analogEnd", analogEnd).get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else if (e.field().startsWith("shock")) {
                shocksError.setText(e.getMessage());
            } else {
                // a version conflict or a read-only scenario concerns the whole form, not its shocks
                formError.setText(e.getMessage());
            }
        }
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    static NumberField percentField(String label) {
        NumberField field = new NumberField(label);
        field.setSuffixComponent(new Span("%"));
        field.setStep(0.5);
        return field;
    }
}
