package com.rotationrisk.portfolio;

import java.time.Instant;

/** An opened portfolio: its content, the version it was read at, and what the reader may do with it. */
public record PortfolioDetails(long id, long version, String ownerName, AccessRole access, Instant updatedAt,
                               String updatedByName, PortfolioDraft content) {
}
