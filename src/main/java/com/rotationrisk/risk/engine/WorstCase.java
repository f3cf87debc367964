package com.rotationrisk.risk.engine;

/** The largest portfolio loss across the active scenarios, in % and currency. */
public record WorstCase(String scenarioId, String scenarioName, double impactPct, double impactCurrency) {
}
