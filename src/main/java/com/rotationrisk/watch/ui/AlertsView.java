package com.rotationrisk.watch.ui;

import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.watch.Alert;
import com.rotationrisk.watch.AlertDelivery;
import com.rotationrisk.watch.AlertInbox;
import com.rotationrisk.watch.DeliveryMode;
import com.rotationrisk.watch.InvalidAlertSettingsException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The person's alerts, newest first, on the portfolios they may read now: open one at the analysis of its day (which
 * marks it read), mark read, and below their own choice of alert e-mail.
 */
@Route("alerts")
@PageTitle("Alerts · Rotation Risk")
@Menu(order = 11, title = "Alerts", icon = "vaadin:bell")
@PermitAll
public class AlertsView extends VerticalLayout {

    static final String EMPTY = "No alerts yet. Portfolios are re-scored each night after the price refresh; alerts "
            + "appear when a rule fires.";
    static final String NONE_UNREAD = "No unread alerts. Clear \u201CUnread only\u201D to see the ones you have read.";

    private static final int SHOWN_WHOLE = 15;

    private final AlertInbox inbox;
    private final AlertDelivery delivery;
    private final Grid<Alert> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox("Unread only");
    private final Span status = new Span();
    private final Paragraph limitNote = new Paragraph();
    private final DeliveryForm deliveryForm = new DeliveryForm();

    public AlertsView(AlertInbox inbox, AlertDelivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
        setId("alerts-view");
        Paragraph intro = new Paragraph("Alerts on the portfolios you own and those shared with you. Each says what "
                + "changed between two nightly scorings, the values before and after and what drove it; open one to "
                + "see the analysis as of that day. The rules that raise them are on each portfolio's History tab.");
        intro.addClassName("provenance");

        unreadOnly.setId("unread-only");
        unreadOnly.addValueChangeListener(e -> load());
        Button markAll = new Button("Mark all read", VaadinIcon.CHECK_SQUARE_O.create(), e -> markAllRead());
        markAll.setId("mark-all-read");
        status.setId("alerts-status");
        status.getElement().setAttribute("role", "status");
        ExportButtons export = new ExportButtons("alerts", "alerts", () -> Table.of("Alerts",
                        ExportButtons.shownRows(grid))
                .column("State", a -> a.read() ? "read" : "unread")
                .column("Client", Alert::clientName)
                .column("What changed", Alert::title)
                .column("Before", Alert::before)
                .column("After", Alert::after)
                .column("Drivers", Alert::drivers)
                .column("As of", Alert::asOf)
                .column("Compared with", Alert::previousAsOf)
                .build());
        HorizontalLayout toolbar = new HorizontalLayout(unreadOnly, markAll, status, export);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addComponentColumn(AlertsView::state).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Alert::clientName).setHeader("Client").setFlexGrow(1);
        grid.addColumn(Alert::title).setHeader("What changed").setFlexGrow(2);
        grid.addColumn(a -> a.before() + " \u2192 " + a.after()).setHeader("Before \u2192 after").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(AlertsView::drivers).setHeader("Drivers").setFlexGrow(3);
        grid.addColumn(a -> ScreenDates.format(a.asOf())).setHeader("As of").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(a -> "Compared with the scoring of " + ScreenDates.format(a.previousAsOf())
                        + "; raised " + ScreenDates.formatDateTime(a.createdAt()));
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        grid.setPartNameGenerator(a -> a.read() ? null : "unread");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("dense-grid");
        grid.setId("alert-grid");
        limitNote.addClassName("provenance");
        limitNote.setVisible(false);

        deliveryForm.addSaveListener(e -> saveDelivery(e.mode(), e.email()));
        deliveryForm.setChoice(delivery.mine());
        Paragraph mailIntro = new Paragraph("Besides this inbox, alerts can come by e-mail: after each re-scoring "
                + "that raised some, or once a day in one message. Only you can set this, for yourself.");
        mailIntro.addClassName("provenance");

        add(new H2("Alerts"), intro, toolbar, grid, limitNote, new H3("E-mail"), mailIntro, deliveryForm);
        load();
    }

    private void load() {
        List<Alert> alerts = inbox.mine(unreadOnly.getValue(), AlertInbox.MAX_SHOWN);
        grid.setItems(alerts);
        // a short list shows whole; a long one scrolls inside the grid, which then draws only the rows in view
        grid.setAllRowsVisible(alerts.size() <= SHOWN_WHOLE);
        grid.setHeight(alerts.size() <= SHOWN_WHOLE ? null : "40em");
        grid.setEmptyStateText(unreadOnly.getValue() ? NONE_UNREAD : EMPTY);
        limitNote.setVisible(alerts.size() >= AlertInbox.MAX_SHOWN);
        limitNote.setText("Showing the newest " + AlertInbox.MAX_SHOWN + " alerts; mark some read and tick "
                + "\u201CUnread only\u201D to see older unread ones.");
    }

    private static Component state(Alert a) {
        Span state = new Span(a.read() ? "Read" : "Unread");
        state.addClassName(a.read() ? "alert-read" : "alert-unread");
        return state;
    }

    /** Three lines on screen (the whole text on hover, in the export and for screen readers). */
    private static Component drivers(Alert a) {
        Span drivers = new Span(a.drivers() == null ? "" : a.drivers());
        drivers.addClassName("alert-drivers");
        drivers.setTitle(drivers.getText());
        return drivers;
    }

    private Component actions(Alert a) {
        String day = ScreenDates.format(a.asOf());
        Button open = new Button("Open analysis", e -> open(a));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setAriaLabel("Open analysis of " + a.clientName() + " as of " + day + ": " + a.title());
        open.addClassName("open-alert");
        HorizontalLayout buttons = new HorizontalLayout(open);
        if (!a.read()) {
            Button read = new Button("Mark read", e -> markRead(a));
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setAriaLabel("Mark read: " + a.title() + ", " + a.clientName() + ", " + day);
            read.addClassName("mark-alert-read");
            buttons.add(read);
        }
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        return buttons;
    }

    /** The analysis of the alert's portfolio as of the alert's day; opening it counts as reading it. */
    private void open(Alert a) {
        if (!markedRead(a)) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("portfolios/view/" + a.portfolioId(),
                QueryParameters.of("asOf", ScreenDates.iso(a.asOf()))));
    }

    private void markRead(Alert a) {
        if (markedRead(a)) {
            status.setText("Marked read: " + a.title() + " (" + a.clientName() + ").");
            load();
        }
    }

    /** False when the portfolio is no longer readable (its owner stopped sharing it): said, and the list redrawn. */
    private boolean markedRead(Alert a) {
        try {
            inbox.markRead(a.id());
        } catch (AccessDeniedException e) {
            Notification.show("You no longer have access to " + a.clientName() + ", so its alerts are gone from your "
                    + "inbox.", 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            load();
            return false;
        } finally {
            getUI().ifPresent(AlertsChanged::fire);
        }
        return true;
    }

    private void markAllRead() {
        int marked = inbox.markAllRead();
        status.setText(marked == 0 ? "There was nothing unread." : marked == 1 ? "Marked 1 alert read."
                : "Marked " + marked + " alerts read.");
        load();
        getUI().ifPresent(AlertsChanged::fire);
    }

    private void saveDelivery(DeliveryMode mode, String email) {
        try {
            deliveryForm.saved(delivery.save(mode, email));
        } catch (InvalidAlertSettingsException e) {
            deliveryForm.showProblems(e.problems());
        }
    }
}
