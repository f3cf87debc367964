package com.rotationrisk.portfolio;

import java.time.LocalDate;

/**
 * One portfolio of a book under one scenario, at its default valuation date: the scenario's loss (negative: a loss)
 * in % and in currency, or why it is unknown. {@code yourRole} null: an administrator's firm view, currency withheld.
 */
public record BookScenarioEntry(long id, String clientName, String ownerName, AccessRole yourRole, LocalDate asOf,
                                BookFigure impactPct, BookFigure impactCurrency, BookFigure coveredShare) {
}
