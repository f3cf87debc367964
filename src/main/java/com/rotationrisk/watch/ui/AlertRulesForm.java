package com.rotationrisk.watch.ui;

import com.rotationrisk.watch.AlertRule;
import com.rotationrisk.watch.RuleSettings;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The alert-rule editor, for the firm's defaults (administrators) and for one portfolio (its owner): each rule on or
 * off with its threshold, its unit and bounds shown. Save checks every threshold by the rule's own bounds
 * ({@link AlertRule#refusal}) and shows every problem at its field at once; it fires {@link SaveEvent} only without
 * problems. For a portfolio, a rule the owner leaves at the firm's setting follows the firm (and later changes of the
 * firm's rules), and each rule says which it does.
 */
class AlertRulesForm extends VerticalLayout {

    /** Whose rules the form edits. */
    enum Scope { FIRM, PORTFOLIO }

    private static final String THRESHOLD = "threshold.";

    private final Scope scope;
    private final Map<AlertRule, RuleRow> rows = new EnumMap<>(AlertRule.class);
    final Button save = new Button("Save alert rules");
    final Button useFirm = new Button("Use the firm's rules");
    private final Span status = new Span();
    private final Span readOnlyNote = new Span();
    private RuleSettings firm;
    private RuleSettings loaded;

    AlertRulesForm(Scope scope) {
        this.scope = scope;
        setPadding(false);
        setSpacing(false);
        setId(scope == Scope.FIRM ? "firm-alert-rules" : "portfolio-alert-rules");
        for (AlertRule rule : AlertRule.values()) {
            RuleRow row = new RuleRow(rule);
            rows.put(rule, row);
            add(row.box);
        }
        save.setId("save-alert-rules");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> trySave());
        useFirm.setId("use-firm-rules");
        useFirm.addClickListener(e -> fireEvent(new UseFirmEvent(this)));
        useFirm.setVisible(scope == Scope.PORTFOLIO);
        status.setId(getId().orElseThrow() + "-status");
        status.getElement().setAttribute("role", "status");
        readOnlyNote.addClassName("provenance");
        readOnlyNote.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(save, useFirm, status);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("margin-top", "var(--lumo-space-m)");
        add(buttons, readOnlyNote);
    }

    // ---- what the view does with the form

    /**
     * Shows the settings that apply; {@code firmDefaults} is what the firm sets (for a portfolio, to tell which
     * rules follow it). A read-only form shows the same without Save.
     */
    void setSettings(RuleSettings applied, RuleSettings firmDefaults, boolean editable) {
        loaded = applied;
        firm = firmDefaults;
        rows.forEach((rule, row) -> row.show(applied.of(rule)));
        clearProblems();
        status.setText("");
        rows.values().forEach(row -> row.setReadOnly(!editable));
        save.setVisible(editable);
        useFirm.setVisible(editable && scope == Scope.PORTFOLIO);
        useFirm.setEnabled(applied.settings().values().stream().anyMatch(RuleSettings.Setting::overridden));
        readOnlyNote.setVisible(!editable);
        readOnlyNote.setText(scope == Scope.PORTFOLIO
                ? "Only the portfolio's owner can change its alert rules." : "Only administrators can change these.");
    }

    /** Problems the service found, by field ("threshold.DIMENSION_ROSE"), each shown at its field. */
    void showProblems(Map<String, String> problems) {
        clearProblems();
        StringBuilder elsewhere = new StringBuilder();
        problems.forEach((field, message) -> {
            AlertRule rule = field.startsWith(THRESHOLD) ? rule(field.substring(THRESHOLD.length())) : null;
            if (rule != null) {
                rows.get(rule).showProblem(message);
            } else {
                elsewhere.append(' ').append(message);
            }
        });
        status.setText((problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + " to fix; nothing was saved." + elsewhere);
        status.addClassName("error-text");
    }

    /** Says the save went through. */
    void saved(String message) {
        status.removeClassName("error-text");
        status.setText(message);
    }

    /** Every problem the form shows now, by field as the service names them. */
    Map<String, String> shownProblems() {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach((rule, row) -> {
            if (row.threshold.isInvalid()) {
                out.put(THRESHOLD + rule.name(), row.threshold.getErrorMessage());
            }
        });
        return out;
    }

    String statusText() {
        return status.getText();
    }

    // ---- what the person does (the tests drive the same fields)

    Checkbox enabled(AlertRule rule) {
        return rows.get(rule).enabled;
    }

    NumberField threshold(AlertRule rule) {
        return rows.get(rule).threshold;
    }

    /** "Follows the firm" or "Overridden", as shown now. */
    String stateText(AlertRule rule) {
        return rows.get(rule).state.getText();
    }

    /** What Save would send: all rules for the firm; for a portfolio only the rules that do not follow the firm. */
    Map<AlertRule, RuleSettings.Setting> edited() {
        Map<AlertRule, RuleSettings.Setting> out = new EnumMap<>(AlertRule.class);
        rows.forEach((rule, row) -> {
            if (scope == Scope.FIRM || row.overridden()) {
                out.put(rule, row.setting());
            }
        });
        return out;
    }

    private void trySave() {
        clearProblems();
        Map<String, String> problems = new LinkedHashMap<>();
        rows.forEach((rule, row) -> {
            String refusal = rule.refusal(row.threshold.getValue());
            if (refusal != null) {
                problems.put(THRESHOLD + rule.name(), refusal);
            }
        });
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        status.setText("");
        fireEvent(new SaveEvent(this, edited()));
    }

    private void clearProblems() {
        rows.values().forEach(row -> row.showProblem(null));
        status.removeClassName("error-text");
    }

    private static AlertRule rule(String name) {
        for (AlertRule rule : AlertRule.values()) {
            if (rule.name().equals(name)) {
                return rule;
            }
        }
        return null;
    }

    // ---- events

    /** Save with settings that passed every rule's bounds: all rules (firm) or the overridden ones (portfolio). */
    static final class SaveEvent extends ComponentEvent<AlertRulesForm> {
        private final Map<AlertRule, RuleSettings.Setting> settings;

        SaveEvent(AlertRulesForm source, Map<AlertRule, RuleSettings.Setting> settings) {
            super(source, false);
            this.settings = Map.copyOf(settings);
        }

        Map<AlertRule, RuleSettings.Setting> settings() {
            return settings;
        }
    }

    /** "Use the firm's rules": drop every override of the portfolio. */
    static final class UseFirmEvent extends ComponentEvent<AlertRulesForm> {
        UseFirmEvent(AlertRulesForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addUseFirmListener(ComponentEventListener<UseFirmEvent> listener) {
        return addListener(UseFirmEvent.class, listener);
    }

    /** One rule's fields: on/off, threshold, whether it follows the firm, and what it means with this threshold. */
    private final class RuleRow {

        private final AlertRule rule;
        final Checkbox enabled = new Checkbox();
        final NumberField threshold = new NumberField("Threshold");
        final Span state = new Span();
        private final Span meaning = new Span();
        final Div box = new Div();

        RuleRow(AlertRule rule) {
            this.rule = rule;
            String key = rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
            enabled.setLabel(rule.label());
            enabled.setId("rule-" + key + "-on");
            threshold.setId("rule-" + key + "-threshold");
            threshold.setManualValidation(true);
            threshold.setVisible(rule.hasThreshold());
            if (rule.hasThreshold()) {
                threshold.setSuffixComponent(new Span(rule.unit()));
                threshold.setMin(rule.min());
                threshold.setMax(rule.max());
                threshold.setStep(rule.min() < 1 ? 0.1 : 1);
                threshold.setHelperText("From " + AlertRule.number(rule.min()) + " to "
                        + AlertRule.number(rule.max()) + " " + rule.unit());
                threshold.setAriaLabel("Threshold of \u201C" + rule.label() + "\u201D in " + rule.unit());
                threshold.setWidth("13em");
            }
            threshold.addValueChangeListener(e -> refresh());
            enabled.addValueChangeListener(e -> refresh());
            state.addClassName("rule-state");
            state.setId("rule-" + key + "-state");
            state.setVisible(scope == Scope.PORTFOLIO);
            meaning.addClassName("kpi-help");
            meaning.setId("rule-" + key + "-meaning");
            HorizontalLayout line = new HorizontalLayout(enabled, threshold, state);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            enabled.setWidth("24em");
            box.add(line, new Div(meaning));
            box.addClassName("alert-rule");
        }

        void show(RuleSettings.Setting s) {
            enabled.setValue(s != null && s.enabled());
            threshold.setValue(s == null || !rule.hasThreshold() ? null : s.threshold());
            refresh();
        }

        void setReadOnly(boolean readOnly) {
            enabled.setReadOnly(readOnly);
            threshold.setReadOnly(readOnly);
        }

        void showProblem(String message) {
            threshold.setErrorMessage(message);
            threshold.setInvalid(message != null);
        }

        /** The setting as edited; a rule without a threshold keeps the one it had. */
        RuleSettings.Setting setting() {
            double t = rule.hasThreshold() ? threshold.getValue() : base().threshold();
            return new RuleSettings.Setting(enabled.getValue(), t, scope == Scope.PORTFOLIO && overridden());
        }

        /** A rule differs from the firm's, or was overridden and is left as it was. */
        boolean overridden() {
            if (scope == Scope.FIRM || firm == null) {
                return false;
            }
            RuleSettings.Setting was = loaded == null ? null : loaded.of(rule);
            boolean untouched = was != null && same(was);
            return !same(firm.of(rule)) || (untouched && was.overridden());
        }

        private boolean same(RuleSettings.Setting s) {
            if (s == null || s.enabled() != enabled.getValue()) {
                return false;
            }
            Double t = threshold.getValue();
            return !rule.hasThreshold() || (t != null && t == s.threshold());
        }

        private RuleSettings.Setting base() {
            RuleSettings.Setting was = loaded == null ? null : loaded.of(rule);
            return was != null ? was : firm.of(rule);
        }

        private void refresh() {
            Double t = threshold.getValue();
            String described = !rule.hasThreshold() ? rule.describe(0)
                    : t == null ? "the threshold entered is reached" : rule.describe(t);
            meaning.setText(enabled.getValue() ? "Alerts when " + lowerFirst(described) + "."
                    : "Off: no alert when " + lowerFirst(described) + ".");
            if (scope == Scope.PORTFOLIO && firm != null) {
                RuleSettings.Setting f = firm.of(rule);
                state.setText(overridden() ? "Overridden (firm: " + summary(f) + ")" : "Follows the firm");
                state.getElement().getClassList().set("rule-overridden", overridden());
            }
        }

        private String summary(RuleSettings.Setting s) {
            if (s == null) {
                return "not set";
            }
            if (!s.enabled()) {
                return "off";
            }
            return rule.hasThreshold() ? "on at " + AlertRule.number(s.threshold()) + " " + rule.unit() : "on";
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
