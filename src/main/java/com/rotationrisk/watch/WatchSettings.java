package com.rotationrisk.watch;

import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The nightly watch: when it runs without a price refresh to follow ({@code cron} in {@code zone}), when the daily
 * digest goes out ({@code digestCron}), how many portfolios are stored per transaction ({@code chunkSize}), and for
 * the alert e-mail the sender ({@code mailFrom}) and the address people open the app at ({@code publicUrl}), which
 * the mail's links start with.
 */
@ConfigurationProperties(prefix = "rotationrisk.watch")
public record WatchSettings(String cron, String zone, String digestCron, int chunkSize, String mailFrom,
                            String publicUrl) {

    public static final int MAX_CHUNK = 2_000;

    public WatchSettings {
        cron = cron == null || cron.isBlank() ? "0 15 23 * * MON-FRI" : cron;
        zone = zone == null || zone.isBlank() ? "America/New_York" : zone;
        ZoneId.of(zone);
        digestCron = digestCron == null || digestCron.isBlank() ? "0 0 7 * * *" : digestCron;
        chunkSize = chunkSize <= 0 ? 200 : chunkSize;
        if (chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("rotationrisk.watch.chunk-size is at most " + MAX_CHUNK);
        }
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "alerts@rotationrisk.invalid" : mailFrom;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        URI.create(publicUrl);
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }
}
