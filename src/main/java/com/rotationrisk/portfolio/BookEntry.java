package com.rotationrisk.portfolio;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioDimension;
import java.time.LocalDate;
import java.util.Map;

/**
 * One portfolio of a book, scored now at its default valuation date ({@code asOf}, null when nothing has a price):
 * no holdings leave the portfolio module this way. {@code yourRole} is null in an administrator's firm view, where the
 * money amounts ({@code marketValue}, {@code worstCaseCurrency}) are withheld with the reason. {@code grade} is null
 * with {@code notScoredReason} when the portfolio could not be scored at all. {@code grants}: how many access grants it
 * has (0: not shared).
 */
public record BookEntry(long id, String clientName, long ownerId, String ownerName, AccessRole yourRole, int holdings,
                        int grants, LocalDate asOf, OverallGrade grade, Map<Dimension, PortfolioDimension> dimensions,
                        BookFigure worstCasePct, BookFigure worstCaseCurrency, String worstCaseScenario,
                        BookFigure marketValue, BookFigure scoredShare, String coverage, String notScoredReason) {

    public BookEntry {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }

    public boolean scored() {
        return notScoredReason == null;
    }
}
