package com.rotationrisk.audit;

/**
 * Decides who may read one portfolio's trail. The portfolio module implements it (the audit module knows nothing of
 * portfolios); while no implementation exists, nobody may read a portfolio's trail.
 */
public interface PortfolioTrailAccess {

    /** Returns when the signed-in person may read the trail of {@code portfolioId}; else throws AccessDeniedException. */
    void requireMayReadTrail(long portfolioId);
}
