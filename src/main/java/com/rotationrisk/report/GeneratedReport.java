package com.rotationrisk.report;

/** A PDF and what to call it when downloaded. */
public record GeneratedReport(ArchivedReport archived, String fileName, byte[] pdf) {
}
