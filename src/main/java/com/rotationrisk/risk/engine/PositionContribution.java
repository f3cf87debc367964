package com.rotationrisk.risk.engine;

/** A position's part of a scenario result: contributionPct = weight x impactPct (portfolio percentage points). */
public record PositionContribution(String ticker, double weight, double impactPct, double contributionPct,
        double contributionCurrency, Double analogActualPct) {
}
