package com.rotationrisk.report;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the report templates are read from ({@code reports-templates/} in the working directory by default); how many
 * reports one person may generate (and archive) per hour; how long archived reports are kept.
 */
@ConfigurationProperties(prefix = "rotationrisk.reports")
record ReportSettings(Path templatesDir, Integer maxGeneratedPerHour, Duration archiveRetention) {

    ReportSettings {
        templatesDir = templatesDir == null ? Path.of("reports-templates") : templatesDir;
        maxGeneratedPerHour = maxGeneratedPerHour == null ? 60 : maxGeneratedPerHour;
        archiveRetention = archiveRetention == null ? Duration.ofDays(2190) : archiveRetention;
        if (maxGeneratedPerHour < 1) {
            throw new IllegalArgumentException("rotationrisk.reports.max-generated-per-hour must be at least 1");
        }
        if (archiveRetention.isNegative() || archiveRetention.isZero()) {
            throw new IllegalArgumentException("rotationrisk.reports.archive-retention must be positive");
        }
    }
}
