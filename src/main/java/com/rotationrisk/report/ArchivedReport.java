package com.rotationrisk.report;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the report archive: who generated which template of which portfolio, when, as of which date. */
public record ArchivedReport(long id, long portfolioId, String templateId, String generatedByName, Instant generatedAt,
                             LocalDate asOf, String modelVersion, String sha256, int byteSize) {
}
