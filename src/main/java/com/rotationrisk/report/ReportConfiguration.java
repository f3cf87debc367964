package com.rotationrisk.report;

import com.rotationrisk.report.template.TemplateCatalog;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the report templates from {@code rotationrisk.reports.templates-dir} (default: the
 * repository's {@code reports-templates/}) once at start: a broken template stops the start with
 * a message naming the file, rather than failing on a client's download later.
 */
@Configuration
@EnableConfigurationProperties(ReportSettings.class)
class ReportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);

    @Bean
    ReportGenerator reportGenerator(ReportSettings settings) {
        Path folder = settings.templatesDir();
        TemplateCatalog catalog = TemplateCatalog.load(folder.toAbsolutePath().normalize());
        log.info("Report templates {} loaded from {}", catalog.ids(), folder.toAbsolutePath().normalize());
        return new ReportGenerator(catalog);
    }
}
