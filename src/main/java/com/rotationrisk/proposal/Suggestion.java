package com.rotationrisk.proposal;

import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.util.List;

/**
 * A de-risking suggestion: the trims to make (as trades a proposal can hold), each step with what it changed, whether
 * the target band was reached, and why the search stopped. {@code after} is the engine's assessment of the result.
 */
public record Suggestion(List<Trade> trades, List<String> steps, boolean reached, String stoppedBecause,
                         PortfolioAssessment after, double turnover, double knownRealisedGain,
                         List<String> gainUnknownFor) {
}
