package com.rotationrisk.risk.engine;

import com.rotationrisk.risk.engine.scenario.ScenarioImpact;
import java.time.LocalDate;
import java.util.List;

/**
 * One valued holding. {@code price} is the close of {@code priceDate}, the last bar on or before the as-of date
 * (1.0 for cash). {@code reversal} includes the market-regime uplift (see {@link DimensionScore#adjustmentPoints()}).
 */
public record PositionAssessment(String ticker, InstrumentProfile profile, LocalDate priceDate, double price,
        double quantity, Double costBasisPerShare, double marketValue, double weight, DimensionScore crowding,
        DimensionScore reversal, DimensionScore exposure, Betas betas, Double momentum12m1Pct,
        List<ScenarioImpact> scenarioImpacts, List<HoldingIssue> issues) {

    public DimensionScore dimension(Dimension dim) {
        return switch (dim) {
            case MOMENTUM_CROWDING -> crowding;
            case REVERSAL_RISK -> reversal;
            case POLICY_SHOCK_EXPOSURE -> exposure;
        };
    }

    public ScenarioImpact impact(String scenarioId) {
        return scenarioImpacts.stream().filter(i -> i.scenarioId().equals(scenarioId)).findFirst().orElse(null);
    }
}
