package com.rotationrisk.proposal.ui;

import com.rotationrisk.base.ui.TypedAmount;
import com.rotationrisk.proposal.SuggestionConstraints;
import com.rotationrisk.risk.engine.OverallGrade;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The limits of a de-risking suggestion: the band to reach, holdings to keep, the most turnover (in % of the value),
 * the most estimated realised gain and the cash to keep. Each unreadable or out-of-range limit is shown at its field;
 * {@link SuggestEvent} carries the limits only when all can be read.
 */
class SuggestForm extends VerticalLayout {

    static final BigDecimal MAX_TURNOVER_PERCENT = BigDecimal.valueOf(200);

    private final Locale locale;
    final Select<OverallGrade.Grade> target = new Select<>();
    final MultiSelectComboBox<String> keep = new MultiSelectComboBox<>("Holdings to keep (never sold)");
    final TextField maxTurnover = new TextField("Most turnover (% of the value, optional)");
    final TextField maxGain = new TextField("Most estimated realised gain (USD, optional)");
    final TextField cashFloor = new TextField("Cash to keep at least (USD, optional)");
    final Button suggest = new Button("Suggest trades", VaadinIcon.LIGHTBULB.create());

    SuggestForm(List<String> holdings, Locale locale) {
        this.locale = locale;
        setPadding(false);
        setId("suggest-form");
        target.setLabel("Target band (reach this grade or lower)");
        target.setItems(OverallGrade.Grade.values());
        target.setItemLabelGenerator(OverallGrade.Grade::label);
        target.setValue(OverallGrade.Grade.MODERATE);
        target.setId("suggest-target");
        keep.setItems(holdings);
        keep.setId("suggest-keep");
        maxTurnover.setId("suggest-max-turnover");
        maxGain.setId("suggest-max-gain");
        cashFloor.setId("suggest-cash-floor");
        suggest.setId("run-suggestion");
        suggest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        suggest.addClickListener(e -> trySuggest());
        FormLayout fields = new FormLayout(target, keep, maxTurnover, maxGain, cashFloor);
        add(fields, suggest);
    }

    /** The suggestion was asked for and every limit could be read. */
    static final class SuggestEvent extends ComponentEvent<SuggestForm> {
        private final SuggestionConstraints limits;

        SuggestEvent(SuggestForm source, SuggestionConstraints limits) {
            super(source, false);
            this.limits = limits;
        }

        SuggestionConstraints limits() {
            return limits;
        }
    }

    Registration addSuggestListener(ComponentEventListener<SuggestEvent> listener) {
        return addListener(SuggestEvent.class, listener);
    }

    /** The limits as read, or null when a field shows a problem. */
    SuggestionConstraints limits() {
        BigDecimal turnover = read(maxTurnover, BigDecimal.ZERO, MAX_TURNOVER_PERCENT,
                "Enter a turnover between 0 and 200 %.");
        BigDecimal gain = read(maxGain, null, null, null);
        BigDecimal cash = read(cashFloor, BigDecimal.ZERO, null, "The cash to keep is 0 or more.");
        boolean ok = !maxTurnover.isInvalid() && !maxGain.isInvalid() && !cashFloor.isInvalid();
        target.setInvalid(target.getValue() == null);
        target.setErrorMessage(target.getValue() == null ? "Choose the band to reach." : null);
        if (!ok || target.getValue() == null) {
            return null;
        }
        return new SuggestionConstraints(target.getValue(), keep.getValue(),
                turnover == null ? null : turnover.doubleValue() / 100, gain == null ? null : gain.doubleValue(),
                cash == null ? null : cash.doubleValue());
    }

    private void trySuggest() {
        SuggestionConstraints limits = limits();
        if (limits != null) {
            fireEvent(new SuggestEvent(this, limits));
        }
    }

    /** The field's amount (null when blank); a problem shown at the field when unreadable or out of range. */
    private BigDecimal read(TextField field, BigDecimal min, BigDecimal max, String rangeProblem) {
        TypedAmount.Result r = TypedAmount.read(field.getValue(), locale);
        String problem = r.ok() ? null : "This value " + r.problem() + ".";
        if (problem == null && r.value() != null && ((min != null && r.value().compareTo(min) < 0)
                || (max != null && r.value().compareTo(max) > 0))) {
            problem = rangeProblem;
        }
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
        return problem == null ? r.value() : null;
    }
}
