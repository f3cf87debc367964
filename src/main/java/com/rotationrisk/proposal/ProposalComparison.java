package com.rotationrisk.proposal;

import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.time.LocalDate;
import java.util.List;

/**
 * A portfolio before and after a proposal's trades, scored by the same engine, scenario set and date, with what the
 * trades did: each execution, the value sold and bought, the turnover (sold plus bought, as a share of the value
 * before) and the estimated realised gain of the sales ({@link TradePlan#GAIN_METHOD}); sales without a cost per
 * share are named in {@code gainUnknownFor}, never counted as 0.
 */
public record ProposalComparison(PortfolioAssessment before, PortfolioAssessment after,
                                 List<TradePlan.Execution> executions, double soldValue, double boughtValue,
                                 Double turnover, double knownRealisedGain, List<String> gainUnknownFor,
                                 String gainMethod) {

    /** The line that goes with before/after figures wherever they are shown. */
    public static String disclosure(LocalDate valuationDate) {
        return "These figures are estimates at the prices of " + valuationDate + " (the valuation date), before fees "
                + "and taxes, and are not advice to trade.";
    }
}
