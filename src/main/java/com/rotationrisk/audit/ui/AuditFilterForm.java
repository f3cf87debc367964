package com.rotationrisk.audit.ui;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditFilter;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * The audit view's filters, each with a visible label. {@link #filter()} reads them, or marks the wrong field with a
 * message and returns nothing.
 */
class AuditFilterForm extends FormLayout {

    final TextField user = new TextField("User");
    final TextField portfolio = new TextField("Portfolio id");
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");

    AuditFilterForm() {
        user.setId("audit-user");
        user.setPlaceholder("username");
        user.setClearButtonVisible(true);
        portfolio.setId("audit-portfolio");
        portfolio.setAllowedCharPattern("[0-9]");
        portfolio.setMaxLength(18);
        portfolio.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel("Action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "All actions" : a.label());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("All actions");
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        from.setHelperText("First day, inclusive");
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        to.setHelperText("Last day, inclusive");
        add(user, portfolio, action, from, to);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3), new ResponsiveStep("60em", 5));
    }

    /** The filter the fields describe; empty (and the wrong field marked) when they do not describe one. */
    Optional<AuditFilter> filter() {
        portfolio.setInvalid(false);
        from.setInvalid(false);
        Long portfolioId = null;
        String id = portfolio.getValue().trim();
        if (!id.isEmpty()) {
            try {
                portfolioId = Long.valueOf(id);
            } catch (NumberFormatException e) {
                portfolio.setErrorMessage("Enter a portfolio's number, e.g. 42.");
                portfolio.setInvalid(true);
                return Optional.empty();
            }
        }
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            from.setErrorMessage("The first day must be on or before the last day (" + to.getValue() + ").");
            from.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new AuditFilter(user.getValue(), portfolioId, action.getValue(), from.getValue(),
                to.getValue()));
    }

    boolean isEmpty() {
        return user.isEmpty() && portfolio.isEmpty() && action.isEmpty() && from.isEmpty() && to.isEmpty();
    }
}
