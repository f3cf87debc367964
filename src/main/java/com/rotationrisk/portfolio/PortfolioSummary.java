package com.rotationrisk.portfolio;

import com.rotationrisk.risk.engine.OverallGrade;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the portfolio list. {@code lastGrade} is the grade computed at the last save (null if none);
 * it sorts by band order, Low to Severe. {@code mayDuplicate}: the caller may copy it into their own portfolios. */
public record PortfolioSummary(long id, String clientName, String ownerName, AccessRole access, Instant updatedAt,
                               String updatedByName, int holdings, OverallGrade.Grade lastGrade, LocalDate lastGradedAsOf,
                               boolean mayDuplicate) {
}
