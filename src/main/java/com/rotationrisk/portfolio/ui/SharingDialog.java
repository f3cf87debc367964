package com.rotationrisk.portfolio.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.portfolio.AccessEntry;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.InvalidPortfolioException;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.portfolio.SharingOverview;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.security.TeamMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * "Who has access" for every reader of a portfolio; for its owner also sharing with a person, the team or another
 * team, changing a role, revoking, letting viewers copy and handing the portfolio to a teammate.
 */
class SharingDialog extends Dialog {

    private final PortfolioSharing sharing;
    private final CurrentUser currentUser;
    private final long portfolioId;
    private final Runnable afterOwnershipChange;
    private final Grid<AccessEntry> grid = new Grid<>();
    private final VerticalLayout ownerControls = new VerticalLayout();
    private SharingOverview overview;

    SharingDialog(PortfolioSharing sharing, CurrentUser currentUser, long portfolioId, Runnable afterOwnershipChange) {
        this.sharing = sharing;
        this.currentUser = currentUser;
        this.portfolioId = portfolioId;
        this.afterOwnershipChange = afterOwnershipChange;
        setId("sharing-dialog");
        setHeaderTitle("Who has access");
        setWidth("min(62em, 96vw)");
        grid.setId("access-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(AccessEntry::who).setHeader("Who").setFlexGrow(2);
        grid.addComponentColumn(this::roleCell).setHeader("Access").setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(e -> e.isOwner() ? "" : e.grantedBy() + ", " + ScreenDates.formatDateTime(e.grantedAt()))
                .setHeader("Granted by").setFlexGrow(2);
        grid.addColumn(e -> e.inEffect() ? "In effect" : "Not in effect: " + e.notInEffectBecause())
                .setHeader("Status").setFlexGrow(2);
        grid.addComponentColumn(this::revokeCell).setHeader("").setWidth("7.5em").setFlexGrow(0);
        ownerControls.setPadding(false);
        add(grid, ownerControls);
        Button close = new Button("Close", e -> close());
        close.setId("sharing-close");
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        overview = sharing.whoHasAccess(portfolioId);
        grid.setItems(overview.entries());
        ownerControls.removeAll();
        if (overview.yourRole() == AccessRole.OWNER) {
            List<TeamMember> people = sharing.shareablePeople(portfolioId);
            ownerControls.add(shareForm(people), copying(), transferForm(people));
        } else {
            ownerControls.add(new Paragraph("Only the owner can change who has access."));
        }
    }

    private Component roleCell(AccessEntry e) {
        if (e.isOwner() || overview.yourRole() != AccessRole.OWNER) {
            return new Span(e.role().name().charAt(0) + e.role().name().substring(1).toLowerCase(Locale.ROOT));
        }
        Select<AccessRole> role = roleSelect();
        role.setValue(e.role());
        role.setAriaLabel("Access of " + e.who());
        role.setWidthFull();
        role.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(() -> sharing.changeRole(portfolioId, e.grantId(), change.getValue()),
                        e.who() + " is now " + word(change.getValue()), null);
            }
        });
        return role;
    }

    private Component revokeCell(AccessEntry e) {
        if (e.isOwner() || overview.yourRole() != AccessRole.OWNER) {
            return new Span();
        }
        Button revoke = new Button("Revoke", click -> act(() -> sharing.revoke(portfolioId, e.grantId()),
                "Access of " + e.who() + " revoked", null));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel("Revoke access of " + e.who());
        revoke.addClassName("revoke-access");
        return revoke;
    }

    private Component shareForm(List<TeamMember> people) {
        ComboBox<ShareTarget> target = new ComboBox<>("Share with");
        target.setId("share-target");
        target.setItemLabelGenerator(ShareTarget::label);
        List<ShareTarget> targets = new ArrayList<>();
        SignedInUser me = currentUser.require();
        if (me.teamId() != null) {
            targets.add(new ShareTarget.OwnTeam(me.teamName()));
        }
        people.forEach(m -> targets.add(new ShareTarget.Person(m)));
        sharing.shareableTeams(portfolioId).forEach(t -> targets.add(new ShareTarget.OtherTeam(t)));
        target.setItems(targets);
        target.setWidth("24em");
        target.setHelperText("Your team, a teammate, or a team an administrator allows your team to share with");
        Select<AccessRole> role = roleSelect();
        role.setLabel("Access");
        role.setId("share-role");
        role.setValue(AccessRole.VIEWER);
        role.setHelperText("Viewer: read, analyse, download reports. Editor: also change holdings.");
        Button share = new Button("Share", e -> {
            target.setInvalid(false);
            if (target.getValue() == null) {
                target.setErrorMessage("Choose whom to share with.");
                target.setInvalid(true);
                return;
            }
            ShareTarget t = target.getValue();
            act(() -> {
                switch (t) {
                    case ShareTarget.Person p -> sharing.shareWithPerson(portfolioId, p.member().id(), role.getValue());
                    case ShareTarget.OwnTeam o -> sharing.shareWithOwnTeam(portfolioId, role.getValue());
                    case ShareTarget.OtherTeam o -> sharing.shareWithTeam(portfolioId, o.team().id(), role.getValue());
                }
            }, "Shared with " + t.label() + " as " + word(role.getValue()), target);
        });
        share.setId("share-submit");
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(target, role, share);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new VerticalLayout(new H3("Share"), form);
    }

    private Component copying() {
        Checkbox copies = new Checkbox("Viewers may copy it into their own portfolios", overview.viewersMayCopy());
        copies.setId("viewers-may-copy");
        copies.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> sharing.allowViewerCopies(portfolioId, e.getValue()), e.getValue()
                        ? "Viewers may now copy it" : "Viewers may no longer copy it", null);
            }
        });
        return copies;
    }

    private Component transferForm(List<TeamMember> people) {
        ComboBox<TeamMember> to = new ComboBox<>("New owner");
        to.setId("transfer-to");
        SignedInUser me = currentUser.require();
        to.setItems(people.stream()
                .filter(m -> Objects.equals(m.teamId(), me.teamId())).toList());
        to.setItemLabelGenerator(TeamMember::label);
        to.setHelperText("An advisor of your team; the client moves to them");
        Select<String> keep = new Select<>();
        keep.setLabel("You keep");
        keep.setId("transfer-keep");
        keep.setItems("Editor access", "Viewer access", "No access");
        keep.setValue("Viewer access");
        Button transfer = new Button("Transfer ownership…", e -> {
            to.setInvalid(false);
            if (to.getValue() == null) {
                to.setErrorMessage("Choose the advisor who takes the client over.");
                to.setInvalid(true);
                return;
            }
            AccessRole kept = switch (keep.getValue()) {
                case "Editor access" -> AccessRole.EDITOR;
                case "Viewer access" -> AccessRole.VIEWER;
                default -> null;
            };
            ConfirmDialog confirm = new ConfirmDialog("Hand \"" + overview.clientName() + "\" to "
                    + to.getValue().displayName() + "?", "They become the owner; you keep "
                    + keep.getValue().toLowerCase(Locale.ROOT) + ". Only the new owner can undo this.",
                    "Transfer", ok -> {
                        try {
                            sharing.transferOwnership(portfolioId, to.getValue().id(), kept);
                            Notification.show("\"" + overview.clientName() + "\" now belongs to "
                                    + to.getValue().displayName());
                            close();
                            afterOwnershipChange.run();
                        } catch (InvalidPortfolioException ex) {
                            to.setErrorMessage(ex.getMessage());
                            to.setInvalid(true);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText("Keep it");
            confirm.setId("transfer-confirm");
            confirm.open();
        });
        transfer.setId("transfer-submit");
        HorizontalLayout form = new HorizontalLayout(to, keep, transfer);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new VerticalLayout(new H3("Transfer ownership"), form);
    }

    /** Runs an owner's change; a refusal is shown at {@code field} (or as a notice) and nothing is half-done. */
    private void act(Runnable change, String done, ComboBox<?> field) {
        try {
            change.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
        } catch (InvalidPortfolioException ex) {
            if (field != null) {
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
                return;
            }
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    private static Select<AccessRole> roleSelect() {
        Select<AccessRole> role = new Select<>();
        role.setItems(AccessRole.VIEWER, AccessRole.EDITOR);
        role.setItemLabelGenerator(SharingDialog::word);
        return role;
    }

    private static String word(AccessRole role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
