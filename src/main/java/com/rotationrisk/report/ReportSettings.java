package com.rotationrisk.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the report templates are read from ({@code reports-templates/} in the working directory by default). */
@ConfigurationProperties(prefix = "rotationrisk.reports")
record ReportSettings(Path templatesDir) {

    ReportSettings {
        templatesDir = templatesDir == null ? Path.of("reports-templates") : templatesDir;
    }
}
