package com.rotationrisk.report;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the report templates are read from ({@code reports-templates/} in the working directory by default); how many
 * reports one person may generate (and archive) per hour; how long archived reports are kept; how many reports are
 * drawn at once ({@code workers}, default half the processors, at least one), how many may wait ({@code queue}) and
 * for how long ({@code max-wait}).
 */
@ConfigurationProperties(prefix = "rotationrisk.reports")
record ReportSettings(Path templatesDir, Integer maxGeneratedPerHour, Duration archiveRetention, Integer workers,
                      Integer queue, Duration maxWait) {

    ReportSettings {
        templatesDir = templatesDir == null ? Path.of("reports-templates") : templatesDir;
        maxGeneratedPerHour = maxGeneratedPerHour == null ? 60 : maxGeneratedPerHour;
        archiveRetention = archiveRetention == null ? Duration.ofDays(2190) : archiveRetention;
        workers = workers == null ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : workers;
        queue = queue == null ? 100 : queue;
        maxWait = maxWait == null ? Duration.ofSeconds(120) : maxWait;
        if (workers < 1 || queue < 1 || maxWait.toSeconds() < 1) {
            throw new IllegalArgumentException("rotationrisk.reports.workers and queue must be at least 1, max-wait at "
                    + "least a second");
        }
        if (maxGeneratedPerHour < 1) {
            throw new IllegalArgumentException("rotationrisk.reports.max-generated-per-hour must be at least 1");
        }
        if (archiveRetention.isNegative() || archiveRetention.isZero()) {
            throw new IllegalArgumentException("rotationrisk.reports.archive-retention must be positive");
        }
    }
}
