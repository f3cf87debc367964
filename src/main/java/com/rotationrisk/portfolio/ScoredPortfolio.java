package com.rotationrisk.portfolio;

import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.time.LocalDate;

/**
 * A saved portfolio scored as the analysis view scores it by default: at {@code asOf}, its default valuation date,
 * with its scenario set. {@code assessment} is null when it could not be scored, and {@code notScoredReason} says why.
 * {@code version} identifies the holdings that were scored.
 */
public record ScoredPortfolio(long id, long version, long ownerId, String clientName, int holdings, LocalDate asOf,
                              PortfolioAssessment assessment, String notScoredReason) {

    public boolean scored() {
        return assessment != null;
    }
}
