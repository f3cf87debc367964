package com.rotationrisk.risk.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Portfolio result of one scenario. {@code impactPct} = sum(weight x impact) over positions with a known impact
 * ({@code coveredWeight} is their weight share); empty when no position has one. {@code analogActualPct} is the
 * weighted actual return over the analog window, present only when every position's bars cover it.
 * {@code coveredShare} is the share of the portfolio's known value with a known impact; below the model's coverage
 * minimum the impact is empty ("not assessed") and {@code notAssessedReason} says why: a result that covers only the
 * cash would otherwise read as "no loss".
 */
public record ScenarioResult(String scenarioId, String name, int version, boolean policyScenario,
        Double spreadShockPct, OptionalDouble impactPct, OptionalDouble impactCurrency, double coveredWeight,
        List<PositionContribution> contributions, List<PositionContribution> topContributors,
        OptionalDouble analogActualPct, String analogNote, double coveredShare, String notAssessedReason) {

    public boolean assessed() {
        return impactPct.isPresent();
    }
}
