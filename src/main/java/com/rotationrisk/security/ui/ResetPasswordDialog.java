package com.rotationrisk.security.ui;

import com.rotationrisk.security.InvalidUserInputException;
import com.rotationrisk.security.UserAccount;
import com.rotationrisk.security.UserAdministrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;

/** Sets a new password; this also lifts a lock caused by wrong passwords. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAdministrationService admin, UserAccount user, Runnable onSaved) {
        setHeaderTitle("Reset password of " + user.displayName());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least 10 characters. Resetting also unlocks the account.");
        password.setWidthFull();
        add(password);
        Button save = new Button("Set password", e -> {
            try {
                admin.resetPassword(user.id(), password.getValue());
                Notification.show("Password of " + user.username() + " reset");
                close();
                onSaved.run();
            } catch (InvalidUserInputException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
