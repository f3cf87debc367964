package com.rotationrisk.security.ui;

import com.rotationrisk.security.InvalidUserInputException;
import com.rotationrisk.security.UserAdministrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

class TeamFormDialog extends Dialog {

    TeamFormDialog(UserAdministrationService admin, Runnable onSaved) {
        setHeaderTitle("New team");
        TextField name = new TextField("Team name");
        name.setWidthFull();
        add(name);
        Button save = new Button("Create", e -> {
            try {
                admin.createTeam(name.getValue());
                Notification.show("Created team " + name.getValue().trim());
                close();
                onSaved.run();
            } catch (InvalidUserInputException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
