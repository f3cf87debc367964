package com.rotationrisk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling. After {@code freeFailures} failed sign-ins of one key (an address, an account from one
 * address, or an account from anywhere) each further failure doubles the wait before the key may try again,
 * starting at one second: up to {@code maxAddressDelay} for an address and for an account from one address, and up
 * to the much shorter {@code maxAccountDelay} for an account from anywhere, so that nobody can lock another person
 * out for long. Failures older than {@code failureMemory} are forgotten.
 */
@ConfigurationProperties(prefix = "rotationrisk.security")
public record SecuritySettings(int freeFailures, Duration maxAddressDelay, Duration maxAccountDelay,
                               Duration failureMemory) {

    public SecuritySettings {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("rotationrisk.security.free-failures must be at least 1");
        }
        maxAddressDelay = maxAddressDelay == null ? Duration.ofMinutes(15) : maxAddressDelay;
        maxAccountDelay = maxAccountDelay == null ? Duration.ofSeconds(30) : maxAccountDelay;
        failureMemory = failureMemory == null ? Duration.ofHours(1) : failureMemory;
        if (maxAddressDelay.isNegative() || maxAccountDelay.isNegative() || failureMemory.isNegative()) {
            throw new IllegalArgumentException("rotationrisk.security delays must not be negative");
        }
    }

    /** The wait after the {@code failures}-th failure: none for the free ones, then 1 s, 2 s, 4 s, … up to {@code max}. */
    public Duration delayAfter(int failures, Duration max) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 30));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
