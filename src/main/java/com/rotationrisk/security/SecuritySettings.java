package com.rotationrisk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in hardening: how many wrong passwords in a row lock an account, and for how long. */
@ConfigurationProperties(prefix = "rotationrisk.security")
public record SecuritySettings(int maxFailedLogins, int lockoutMinutes) {

    public SecuritySettings {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("rotationrisk.security.max-failed-logins must be at least 1");
        }
        if (lockoutMinutes < 1) {
            throw new IllegalArgumentException("rotationrisk.security.lockout-minutes must be at least 1");
        }
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }
}
