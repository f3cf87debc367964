package com.rotationrisk.watch.ui;

import com.rotationrisk.watch.AlertDelivery;
import com.rotationrisk.watch.DeliveryMode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.Map;

/**
 * A person's own alert e-mail: in the app only, after each re-scoring or once a day, and to which address. The
 * service decides what is acceptable ({@link AlertDelivery#save}); the form shows each of its problems at its field,
 * all at once.
 */
class DeliveryForm extends VerticalLayout {

    final RadioButtonGroup<DeliveryMode> mode = new RadioButtonGroup<>("E-mail me about alerts");
    final TextField email = new TextField("E-mail address");
    final Button save = new Button("Save e-mail settings");
    private final Span status = new Span();

    DeliveryForm() {
        setPadding(false);
        setId("delivery-form");
        mode.setId("delivery-mode");
        mode.setItems(DeliveryMode.values());
        mode.setItemLabelGenerator(DeliveryMode::label);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        email.setId("delivery-email");
        email.setMaxLength(AlertDelivery.MAX_EMAIL);
        email.setWidth("28em");
        email.setPlaceholder("name@example.com");
        email.setValueChangeMode(ValueChangeMode.LAZY);
        email.addValueChangeListener(e -> counter());
        counter();
        save.setId("save-delivery");
        save.addClickListener(e -> fireEvent(new SaveEvent(this, mode.getValue(), email.getValue())));
        status.setId("delivery-status");
        status.getElement().setAttribute("role", "status");
        HorizontalLayout buttons = new HorizontalLayout(save, status);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(mode, email, buttons);
    }

    void setChoice(AlertDelivery.Choice choice) {
        mode.setValue(choice.mode());
        email.setValue(choice.email() == null ? "" : choice.email());
        showProblems(Map.of());
        status.setText("");
    }

    /** The service's problems by field ("mode", "email"); an empty map clears them. */
    void showProblems(Map<String, String> problems) {
        show(mode, problems.get("mode"));
        String address = problems.get("email");
        email.setErrorMessage(address);
        email.setInvalid(address != null);
        status.getElement().getClassList().set("error-text", !problems.isEmpty());
        status.setText(problems.isEmpty() ? "" : (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + " to fix; nothing was saved.");
    }

    void saved(AlertDelivery.Choice choice) {
        setChoice(choice);
        status.setText("Saved: " + choice.mode().label() + (choice.email() == null ? "" : ", to " + choice.email())
                + ".");
    }

    String statusText() {
        return status.getText();
    }

    private void counter() {
        email.setHelperText(email.getValue().length() + " / " + String.format(Locale.ROOT, "%,d",
                AlertDelivery.MAX_EMAIL) + " characters");
    }

    private static void show(RadioButtonGroup<?> field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
    }

    /** Save pressed with this choice (the service checks it). */
    static final class SaveEvent extends ComponentEvent<DeliveryForm> {
        private final DeliveryMode mode;
        private final String email;

        SaveEvent(DeliveryForm source, DeliveryMode mode, String email) {
            super(source, false);
            this.mode = mode;
            this.email = email;
        }

        DeliveryMode mode() {
            return mode;
        }

        String email() {
            return email;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
