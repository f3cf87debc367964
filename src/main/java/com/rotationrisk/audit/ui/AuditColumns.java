package com.rotationrisk.audit.ui;

import com.rotationrisk.audit.AuditEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The columns an audit grid shows: when (in the viewer's locale), who, from where, what, portfolio, detail. */
final class AuditColumns {

    private AuditColumns() {
    }

    static void addTo(Grid<AuditEntry> grid, ZoneId zone, boolean withPortfolio, boolean withAddress) {
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.getDefault();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone);
        grid.addColumn(e -> e.occurredAt() == null ? "" : when.format(e.occurredAt())).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditColumns::who).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        if (withAddress) {
            grid.addColumn(e -> e.clientAddress() == null ? "—" : e.clientAddress()).setHeader("From")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(AuditEntry::actionLabel).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        if (withPortfolio) {
            grid.addColumn(e -> e.portfolioId() == null ? "" : String.valueOf(e.portfolioId())).setHeader("Portfolio")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail").setFlexGrow(1)
                .setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
    }

    static String who(AuditEntry e) {
        String name = e.actorUsername() == null ? "#" + e.actorId() : e.actorUsername();
        return e.actorId() == null ? name + " (no such account)" : name;
    }
}
