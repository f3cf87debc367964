package com.rotationrisk.security.ui;

import com.rotationrisk.security.CrossTeamSharingAdministration;
import com.rotationrisk.security.InvalidUserInputException;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators allow (or stop) sharing of portfolios between two teams. */
@Route("admin/team-sharing")
@PageTitle("Team sharing · Rotation Risk")
@Menu(order = 91, title = "Team sharing", icon = "vaadin:exchange")
@RolesAllowed("ADMIN")
public class CrossTeamSharingView extends VerticalLayout {

    private final CrossTeamSharingAdministration sharing;
    private final Grid<CrossTeamSharingAdministration.AllowedPair> grid = new Grid<>();

    public CrossTeamSharingView(CrossTeamSharingAdministration sharing, UserAdministrationService admin) {
        this.sharing = sharing;
        setId("team-sharing");
        Select<TeamSummary> first = new Select<>();
        first.setLabel("Team");
        first.setId("pair-first");
        Select<TeamSummary> second = new Select<>();
        second.setLabel("May share with team");
        second.setId("pair-second");
        first.setWidth("18em");
        second.setWidth("18em");
        first.setItems(admin.listTeams());
        second.setItems(admin.listTeams());
        Button allow = new Button("Allow", e -> {
            second.setInvalid(false);
            if (first.getValue() == null || second.getValue() == null) {
                second.setErrorMessage("Choose two teams.");
                second.setInvalid(true);
                return;
            }
            try {
                sharing.allow(first.getValue().id(), second.getValue().id());
                Notification.show(first.getValue().name() + " and " + second.getValue().name() + " may now share");
                refresh();
            } catch (InvalidUserInputException ex) {
                second.setErrorMessage(ex.getMessage());
                second.setInvalid(true);
            }
        });
        allow.setId("pair-allow");
        allow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(first, second, allow);
        form.setAlignItems(Alignment.BASELINE);
        grid.setId("pair-grid");
        grid.addColumn(p -> p.first().name() + " ↔ " + p.second().name()).setHeader("Teams").setFlexGrow(2);
        grid.addColumn(p -> p.allowedBy() + ", " + ScreenDates.formatDateTime(p.allowedAt())).setHeader("Allowed by").setFlexGrow(2);
        grid.addComponentColumn(p -> {
            Button withdraw = new Button("Withdraw", e -> {
                sharing.withdraw(p.first().id(), p.second().id());
                Notification.show("Sharing between " + p.first().name() + " and " + p.second().name() + " withdrawn");
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            withdraw.setAriaLabel("Withdraw sharing between " + p.first().name() + " and " + p.second().name());
            return withdraw;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No two teams may share yet: advisors share only within their own team.");
        add(new H2("Sharing between teams"), new Paragraph("Advisors share portfolios within their own team. Allow a "
                + "pair of teams here to let their advisors share with each other; withdrawing ends that access at "
                + "once."), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(sharing.allowedPairs());
    }
}
