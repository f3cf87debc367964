package com.rotationrisk.security.ui;

import com.rotationrisk.security.InvalidUserInputException;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAccount;
import com.rotationrisk.security.UserAdministrationService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Creates a user, or changes an existing user's role and team. Errors appear at the field. */
class UserFormDialog extends Dialog {

    private final UserAdministrationService admin;
    private final Runnable onSaved;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final PasswordField password = new PasswordField("Initial password");
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");
    private final ComboBox<TeamSummary> team = new ComboBox<>("Team");
    private final Checkbox referenceData = new Checkbox("May change firm-wide reference data (instruments, prices)");

    UserFormDialog(UserAdministrationService admin, Runnable onSaved) {
        this.admin = admin;
        this.onSaved = onSaved;
        username.setId("username");
        displayName.setId("display-name");
        password.setId("password");
        password.setHelperText("At least 10 characters");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Administrator" : "Advisor");
        role.setValue(Role.ADVISOR);
        team.setItems(admin.listTeams());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        team.setHelperText("Required for advisors");
        team.setId("team");
        referenceData.setId("imports-prices");
        add(new FormLayout(username, displayName, password, role, team, referenceData));
        getFooter().add(new Button("Cancel", e -> close()));
    }

    void openForNew() {
        setHeaderTitle("New user");
        Button create = new Button("Create", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        getFooter().add(create);
        open();
    }

    void openForEdit(UserAccount user) {
        setHeaderTitle("Role and team of " + user.displayName());
        username.setValue(user.username());
        username.setReadOnly(true);
        displayName.setValue(user.displayName());
        displayName.setReadOnly(true);
        password.setVisible(false);
        role.setValue(user.role());
        referenceData.setValue(user.canManageReferenceData());
        team.getListDataView().getItems().filter(t -> t.id() == (user.teamId() == null ? -1 : user.teamId()))
                .findFirst().ifPresent(team::setValue);
        Button save = new Button("Save", e -> assign(user));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save);
        open();
    }

    private void create() {
        clearErrors();
        try {
            UserAccount created = admin.createUser(new NewUser(username.getValue(), displayName.getValue(),
                    password.getValue(), role.getValue(), team.getValue() == null ? null : team.getValue().id(),
                    referenceData.getValue()));
            Notification.show("Created " + created.username());
            close();
            onSaved.run();
        } catch (InvalidUserInputException e) {
            showAtField(e);
        }
    }

    private void assign(UserAccount user) {
        clearErrors();
        try {
            admin.assign(user.id(), role.getValue(), team.getValue() == null ? null : team.getValue().id(),
                    referenceData.getValue());
            Notification.show("Updated " + user.username());
            close();
            onSaved.run();
        } catch (InvalidUserInputException e) {
            showAtField(e);
        }
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void showAtField(InvalidUserInputException e) {
        HasValidation field = fields().getOrDefault(e.field(), username);
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName, "password", password, "role", role,
                "team", team);
    }
}
