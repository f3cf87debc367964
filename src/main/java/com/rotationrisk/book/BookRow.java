package com.rotationrisk.book;

import com.rotationrisk.portfolio.BookEntry;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade.Grade;
import com.rotationrisk.risk.engine.PortfolioDimension;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * A dashboard row: the portfolio's figures ({@link BookEntry}) with what the dashboard derives from them: the band of
 * each dimension's score under the model's thresholds, the data age in days (today minus the valuation date; null when
 * nothing has a price) and whether it is stale or severe in any dimension.
 */
public record BookRow(BookEntry entry, Map<Dimension, Grade> bands, Long dataAgeDays, boolean stale,
                      boolean severeAnywhere) {

    /** Prices older than this many days make a portfolio "stale" on the dashboard. */
    public static final int STALE_AFTER_DAYS = 30;

    public static BookRow of(BookEntry e, ModelConfig.Grade thresholds, LocalDate today) {
        Map<Dimension, Grade> bands = new EnumMap<>(Dimension.class);
        e.dimensions().forEach((dim, pd) -> {
            if (pd.score().isPresent()) {
                bands.put(dim, Grade.of(pd.score().getAsDouble(), thresholds));
            }
        });
        Long age = e.asOf() == null ? null : ChronoUnit.DAYS.between(e.asOf(), today);
        boolean severe = bands.containsValue(Grade.SEVERE) || grade(e) == Grade.SEVERE;
        return new BookRow(e, Map.copyOf(bands), age, age != null && age > STALE_AFTER_DAYS, severe);
    }

    /** The overall grade; null when not graded. */
    public Grade grade() {
        return grade(entry);
    }

    private static Grade grade(BookEntry e) {
        return e.grade() == null ? null : e.grade().grade();
    }

    public Grade band(Dimension dim) {
        return bands.get(dim);
    }

    public PortfolioDimension dimension(Dimension dim) {
        return entry.dimensions().get(dim);
    }

    /** The score of a dimension, null when not assessed (see {@link #whyNoScore}). */
    public Double score(Dimension dim) {
        PortfolioDimension pd = dimension(dim);
        return pd == null || pd.score().isEmpty() ? null : pd.score().getAsDouble();
    }

    public String whyNoScore(Dimension dim) {
        PortfolioDimension pd = dimension(dim);
        if (pd == null) {
            return entry.notScoredReason() == null ? "Not assessed." : entry.notScoredReason();
        }
        return pd.notAssessedReason() == null ? "Not assessed." : pd.notAssessedReason();
    }

    /** Why the overall grade is missing; null when graded. */
    public String whyNotGraded() {
        if (grade() != null) {
            return null;
        }
        return entry.grade() == null ? entry.notScoredReason() : entry.grade().rule();
    }
}
