package com.rotationrisk.portfolio;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the portfolio list. {@code lastGrade} is the grade computed at the last save (null if none). */
public record PortfolioSummary(long id, String clientName, String ownerName, AccessRole access, Instant updatedAt,
                               String updatedByName, int holdings, String lastGrade, LocalDate lastGradedAsOf) {
}
