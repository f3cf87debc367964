package com.rotationrisk.security.ui;

import com.rotationrisk.security.InvalidUserInputException;
import com.rotationrisk.security.OwnAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Choose a new password; every account that must change its password is sent here first. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Choose a new password · Rotation Risk")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    public ChangePasswordView(OwnAccountService account, SecurityContextHolderStrategy securityContext) {
        setAlignItems(Alignment.CENTER);
        PasswordField current = new PasswordField("Current (one-time) password");
        current.setId("current-password");
        PasswordField next = new PasswordField("New password");
        next.setId("new-password");
        next.setHelperText("At least 10 characters");
        PasswordField repeat = new PasswordField("New password again");
        repeat.setId("repeat-password");
        Button save = new Button("Save password", e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (next.getValue() == null || !next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                account.changePassword(current.getValue(), next.getValue());
            } catch (InvalidUserInputException ex) {
                PasswordField field = "currentPassword".equals(ex.field()) ? current : next;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
                return;
            }
            // This session goes on under the new password's security stamp.
            VaadinSession.getCurrent().getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext.getContext());
            UI.getCurrent().getPage().setLocation("");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Choose a new password"),
                new Paragraph(account.mustChangePassword()
                        ? "Your account was set up with a one-time password. Choose your own before you continue."
                        : "Choose a new password; your other open sessions will end."),
                current, next, repeat, save);
    }
}
