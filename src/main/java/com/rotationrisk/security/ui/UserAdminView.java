package com.rotationrisk.security.ui;

import com.rotationrisk.security.InvalidUserInputException;
import com.rotationrisk.security.UserAccount;
import com.rotationrisk.security.UserAdministrationService;
import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.rotationrisk.uikit.ConfirmDestructive;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Route("admin/users")
@PageTitle("Users · Rotation Risk")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout {

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.systemDefault());

    private final UserAdministrationService admin;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public UserAdminView(UserAdministrationService admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
        setSizeFull();

        Button newUser = new Button("New user", e -> new UserFormDialog(admin, this::refresh).openForNew());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.setId("new-user");
        Button newTeam = new Button("New team", e -> new TeamFormDialog(admin, this::refresh).open());
        HorizontalLayout header = new HorizontalLayout(new H2("Users and teams"), newUser, newTeam);
        header.setAlignItems(Alignment.BASELINE);

        grid.addColumn(UserAccount::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserAccount::role).setHeader("Role").setSortable(true).setAutoWidth(true);
        grid.addColumn(u -> u.teamName() == null ? "—" : u.teamName()).setHeader("Team").setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText("No users yet. Create the first advisor with \"New user\", after a team for them "
                + "with \"New team\".");
        add(header, new ExportButtons("users", "users", () -> Table.of("Users", ExportButtons.shownRows(grid))
                .column("Username", UserAccount::username)
                .column("Name", UserAccount::displayName)
                .column("Role", u -> u.role().name())
                .column("Team", UserAccount::teamName)
                .column("Enabled", u -> u.enabled() ? "yes" : "no")
                .build()), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.listUsers());
    }

    private Span status(UserAccount user) {
        Span badge;
        if (!user.enabled()) {
            badge = new Span("Disabled");
            badge.getElement().getThemeList().add("badge error");
        } else if (user.delayedAt(clock.instant())) {
            badge = new Span("Sign-in delayed until " + LOCK_TIME.format(user.signInDelayedUntil()));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge = new Span("Active");
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = new Button("Role & team", e -> new UserFormDialog(admin, this::refresh).openForEdit(user));
        Button reset = new Button("Reset password", e -> new ResetPasswordDialog(admin, user, this::refresh).open());
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable", e -> {
            if (user.enabled()) {
                ConfirmDestructive.open("Disable " + user.username() + "?", user.displayName() + " can no longer "
                        + "sign in, and any session of theirs ends now. Their portfolios, the shares they gave and "
                        + "their audit trail stay; you can enable the account again later.", "Disable",
                        () -> toggle(user));
            } else {
                toggle(user);
            }
        });
        toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, reset, toggle);
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private void toggle(UserAccount user) {
        try {
            admin.setEnabled(user.id(), !user.enabled());
            Notification.show((user.enabled() ? "Disabled " : "Enabled ") + user.username());
            refresh();
        } catch (InvalidUserInputException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
