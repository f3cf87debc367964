package com.rotationrisk.portfolio.ui;

import com.rotationrisk.audit.AuditService;
import com.rotationrisk.audit.ui.AuditTrailGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** The portfolio's audit trail for its owner: who changed, shared, copied or reported on it, and when. */
class PortfolioHistoryDialog extends Dialog {

    PortfolioHistoryDialog(AuditService audit, long portfolioId, String clientName) {
        setHeaderTitle("History of " + clientName);
        setId("portfolio-history");
        setWidth("min(70em, 96vw)");
        setHeight("min(40em, 90vh)");
        AuditTrailGrid grid = new AuditTrailGrid(audit, portfolioId);
        grid.setSizeFull();
        add(grid);
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
    }
}
