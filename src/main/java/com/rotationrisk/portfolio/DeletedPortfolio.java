package com.rotationrisk.portfolio;

import java.time.Instant;

/** A deleted portfolio as administrators see it: who deleted it, and until when it can be restored. */
public record DeletedPortfolio(long id, String clientName, String ownerName, String deletedBy, Instant deletedAt,
                               Instant restorableUntil) {
}
