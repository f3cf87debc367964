package com.rotationrisk.risk.engine.scenario;

/**
 * One scenario's effect on one position.
 *
 * @param impactPct       direct + market part + spread part, in %; null when a beta the scenario needs is missing
 * @param matchedShock    the most specific direct shock that matched, null when none
 * @param directPct       the matched shock's pct (0 when none)
 * @param marketPartPct   beta_market x market shock (null when the beta is missing and the shock is non-zero)
 * @param spreadPartPct   beta_spread x spread shock (null when the beta is missing and the shock is non-zero)
 * @param analogActualPct the position's actual return over the analog window, null when not covered
 * @param note            plain-English explanation
 */
public record ScenarioImpact(String scenarioId, Double impactPct, Shock matchedShock, double directPct,
        Double marketPartPct, Double spreadPartPct, Double analogActualPct, String note) {
}
