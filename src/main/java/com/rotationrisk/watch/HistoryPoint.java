package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import java.time.LocalDate;
import java.util.Map;

/**
 * One night's scoring of a portfolio for its history chart; a missing score is absent from {@code scores} and
 * {@code reasons} says why where it was known (under "grade" for the grade, under a dimension's name for it).
 */
public record HistoryPoint(LocalDate asOf, LocalDate scoredOn, OverallGrade.Grade grade,
                           Map<Dimension, Double> scores, Map<String, String> reasons, Double worstPct,
                           String modelVersion) {

    public HistoryPoint {
        scores = Map.copyOf(scores);
        reasons = Map.copyOf(reasons);
    }

    /** Why the grade is missing, or null when it is there or nobody recorded why. */
    public String gradeReason() {
        return grade == null ? reasons.get("grade") : null;
    }

    /** Why a dimension's score is missing, or null when it is there or nobody recorded why. */
    public String reason(Dimension dim) {
        return scores.containsKey(dim) ? null : reasons.get(dim.name());
    }
}
