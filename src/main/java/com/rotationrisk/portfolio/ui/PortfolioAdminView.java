package com.rotationrisk.portfolio.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.portfolio.DeletedPortfolio;
import com.rotationrisk.portfolio.InvalidPortfolioException;
import com.rotationrisk.portfolio.PortfolioAdministration;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.UserAccount;
import com.rotationrisk.security.UserAdministrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Administrators hand a departing advisor's client portfolios to a colleague and restore deleted portfolios within
 * the retention period, without seeing the holdings.
 */
@Route("admin/portfolios")
@PageTitle("Client portfolios · Rotation Risk")
@Menu(order = 92, title = "Client portfolios", icon = "vaadin:archive")
@RolesAllowed("ADMIN")
public class PortfolioAdminView extends VerticalLayout {

    private final PortfolioAdministration admin;
    private final Grid<DeletedPortfolio> deleted = new Grid<>();

    public PortfolioAdminView(PortfolioAdministration admin, UserAdministrationService users) {
        this.admin = admin;
        setId("portfolio-admin");
        ComboBox<UserAccount> from = new ComboBox<>("Portfolios of");
        from.setId("reassign-from");
        List<UserAccount> advisors = users.listUsers().stream().filter(u -> u.role() == Role.ADVISOR).toList();
        from.setItems(advisors);
        from.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + (u.enabled() ? "" : ", disabled") + ")");
        ComboBox<UserAccount> to = new ComboBox<>("Hand them to");
        to.setId("reassign-to");
        to.setItems(advisors.stream().filter(UserAccount::enabled).toList());
        to.setItemLabelGenerator(u -> u.displayName() + (u.teamName() == null ? "" : " (" + u.teamName() + ")"));
        from.addValueChangeListener(e -> from.setHelperText(e.getValue() == null ? null
                : admin.portfoliosOf(e.getValue().id()).size() + " client portfolios"));
        Button reassign = new Button("Reassign all…", e -> confirmReassign(from, to));
        reassign.setId("reassign-submit");
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(from, to, reassign);
        form.setAlignItems(Alignment.BASELINE);

        deleted.setId("deleted-grid");
        deleted.addColumn(DeletedPortfolio::clientName).setHeader("Client").setFlexGrow(2);
        deleted.addColumn(DeletedPortfolio::ownerName).setHeader("Owner").setFlexGrow(1);
        deleted.addColumn(d -> d.deletedBy() + ", " + ScreenDates.formatDateTime(d.deletedAt())).setHeader("Deleted by").setFlexGrow(2);
        deleted.addColumn(d -> ScreenDates.formatDateTime(d.restorableUntil())).setHeader("Restorable until").setFlexGrow(1);
        deleted.addComponentColumn(d -> {
            Button restore = new Button("Restore", e -> restore(d));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel("Restore " + d.clientName());
            return restore;
        }).setAutoWidth(true).setFlexGrow(0);
        deleted.setAllRowsVisible(true);
        deleted.setEmptyStateText("No deleted portfolios to restore.");
        add(new H2("Client portfolios"),
                new H3("Hand over a departing advisor's clients"),
                new Paragraph("Every portfolio of the first advisor moves to the second, with its sharing."), form,
                new H3("Deleted portfolios"),
                new Paragraph("Deleted portfolios keep their archived reports and history and can be restored for "
                        + admin.retention().toDays() + " days."), deleted);
        refresh();
    }

    private void confirmReassign(ComboBox<UserAccount> from, ComboBox<UserAccount> to) {
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            (from.getValue() == null ? from : to).setErrorMessage("Choose both advisors.");
            (from.getValue() == null ? from : to).setInvalid(true);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Reassign all client portfolios?", "Every portfolio of "
                + from.getValue().displayName() + " moves to " + to.getValue().displayName() + ".", "Reassign", ok -> {
                    try {
                        int n = admin.reassignAll(from.getValue().id(), to.getValue().id());
                        Notification.show(n + " portfolios now belong to " + to.getValue().displayName());
                        from.setHelperText("0 client portfolios");
                    } catch (InvalidPortfolioException ex) {
                        to.setErrorMessage(ex.getMessage());
                        to.setInvalid(true);
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void restore(DeletedPortfolio d) {
        try {
            admin.restore(d.id());
            Notification.show("Restored \"" + d.clientName() + "\" for " + d.ownerName());
        } catch (InvalidPortfolioException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    private void refresh() {
        deleted.setItems(admin.deletedPortfolios());
    }
}
