package com.rotationrisk.portfolio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long a deleted portfolio can be restored before its holdings and grants are purged (default 30 days). */
@ConfigurationProperties(prefix = "rotationrisk.portfolios")
record PortfolioSettings(Duration deletedRetention) {

    PortfolioSettings {
        deletedRetention = deletedRetention == null ? Duration.ofDays(30) : deletedRetention;
        if (deletedRetention.isNegative() || deletedRetention.isZero()) {
            throw new IllegalArgumentException("rotationrisk.portfolios.deleted-retention must be positive");
        }
    }
}
