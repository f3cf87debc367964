package com.rotationrisk.risk.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full result of {@link RiskEngine#assess}. Positions are the scored holdings in input order;
 * {@code coverage} says what share of the value they are and names the holdings left out.
 */
public record PortfolioAssessment(String modelVersion, LocalDate asOf, double totalMarketValue,
        List<PositionAssessment> positions, List<HoldingIssue> issues, Map<Dimension, PortfolioDimension> dimensions,
        Concentration concentration, ComomentumResult comomentum, MarketRegime regime, OverallGrade grade,
        List<BehaviouralFlag> flags, List<ScenarioResult> scenarios, Optional<WorstCase> worstCase,
        Coverage coverage, String rotationSpread) {

    public PositionAssessment position(String ticker) {
        return positions.stream().filter(p -> p.ticker().equals(ticker)).findFirst().orElse(null);
    }

    public ScenarioResult scenario(String id) {
        return scenarios.stream().filter(s -> s.scenarioId().equals(id)).findFirst().orElse(null);
    }
}
