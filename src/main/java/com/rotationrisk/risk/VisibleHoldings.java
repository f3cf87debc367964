package com.rotationrisk.risk;

import java.util.List;

/**
 * The holdings of every portfolio the signed-in person may see, for "matches N holdings in your book". The portfolio
 * module implements it with its own access rules (risk does not know portfolios); a holding is one ticker in one
 * portfolio.
 */
public interface VisibleHoldings {

    record Held(long portfolioId, String ticker) {
    }

    List<Held> visibleToCaller();
}
