package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;

/** One portfolio of a batch to score ({@link RiskService#assessAll}): its holdings, date and scenario set. */
public record ScoringRequest(List<HoldingLine> lines, LocalDate asOf, List<Scenario> scenarios) {

    public ScoringRequest {
        lines = List.copyOf(lines);
        scenarios = List.copyOf(scenarios);
    }
}
