package com.rotationrisk.portfolio;

import com.rotationrisk.audit.PortfolioTrailAccess;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read one portfolio's audit trail: its owner, and administrators (who see the firm's whole trail anyway,
 * deleted portfolios included). Editors and viewers may not: the trail names what everyone else did.
 */
@Component
class PortfolioTrailRule implements PortfolioTrailAccess {

    private final PortfolioRepository portfolios;
    private final PortfolioAccess access;
    private final CurrentUser currentUser;

    PortfolioTrailRule(PortfolioRepository portfolios, PortfolioAccess access, CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public void requireMayReadTrail(long portfolioId) {
        SignedInUser me = currentUser.require();
        if (me.isAdmin()) {
            return;
        }
        access.requireOwner(portfolios.require(portfolioId), me);
    }
}
