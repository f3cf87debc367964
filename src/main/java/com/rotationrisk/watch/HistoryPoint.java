package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import java.time.LocalDate;
import java.util.Map;

/** One night's scoring of a portfolio for its history chart; a missing score is absent from {@code scores}. */
public record HistoryPoint(LocalDate asOf, LocalDate scoredOn, OverallGrade.Grade grade,
                           Map<Dimension, Double> scores, Double worstPct, String modelVersion) {
}
