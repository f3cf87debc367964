package com.rotationrisk.watch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An alert as a reader sees it: which portfolio, what changed between the two valuation dates, the values before and
 * after and what drove it, and whether this reader has read it.
 */
public record Alert(long id, long portfolioId, String clientName, LocalDate asOf, LocalDate previousAsOf,
                    AlertRule rule, String title, String before, String after, String drivers, Instant createdAt,
                    boolean read) {
}
