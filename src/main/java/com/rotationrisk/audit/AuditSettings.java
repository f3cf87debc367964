package com.rotationrisk.audit;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The firm's zone, whose days the audit filters' "from" and "to" are and in which the trail shows times; by default
 * the server's zone, as the other screens show times.
 */
@ConfigurationProperties(prefix = "rotationrisk.audit")
record AuditSettings(ZoneId zone) {

    AuditSettings {
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }
}
