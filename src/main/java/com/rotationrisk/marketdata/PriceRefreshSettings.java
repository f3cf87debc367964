package com.rotationrisk.marketdata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily price refresh: when it runs (a cron expression in {@code zone}, after the US close by
 * default) and the largest one-day move a fetched bar may show without a recorded split before it is
 * held back for review.
 */
@ConfigurationProperties(prefix = "rotationrisk.marketdata.refresh")
public record PriceRefreshSettings(String cron, String zone, double maxDailyMove) {

    public PriceRefreshSettings {
        cron = cron == null || cron.isBlank() ? "0 30 22 * * MON-FRI" : cron;
        zone = zone == null || zone.isBlank() ? "America/New_York" : zone;
        maxDailyMove = maxDailyMove <= 0 ? 0.45 : maxDailyMove;
        if (maxDailyMove > 10) {
            throw new IllegalArgumentException("rotationrisk.marketdata.refresh.max-daily-move is a fraction "
                    + "(0.45 = 45 %), not a percentage");
        }
    }
}
