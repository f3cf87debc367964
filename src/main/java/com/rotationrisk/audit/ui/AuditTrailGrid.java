package com.rotationrisk.audit.ui;

import com.rotationrisk.audit.AuditEntry;
import com.rotationrisk.audit.AuditService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * One portfolio's audit trail, newest first, loaded page by page, for the portfolio's page. Who may read it is
 * decided by {@link AuditService#portfolioTrail(long, int, int)}; a refusal surfaces as an AccessDeniedException on
 * the first load.
 */
public class AuditTrailGrid extends Grid<AuditEntry> {

    public AuditTrailGrid(AuditService audit, long portfolioId) {
        super(AuditEntry.class, false);
        // Colleagues' network addresses are for administrators' firm-wide view, not for a portfolio's owner.
        AuditColumns.addTo(this, audit.zone(), false, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setEmptyStateText("Nothing has been recorded for this portfolio yet.");
        setItems(query -> audit.portfolioTrail(portfolioId, query.getOffset(), query.getLimit()).stream(),
                query -> audit.countPortfolioTrail(portfolioId));
        setId("portfolio-audit-trail");
    }
}
