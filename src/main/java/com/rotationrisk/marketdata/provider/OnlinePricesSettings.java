package com.rotationrisk.marketdata.provider;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the optional CSV endpoint. Off by default; a firm that licenses a data feed sets
 * {@code enabled=true} and a URL template containing {@code {symbol}}.
 */
@ConfigurationProperties(prefix = "rotationrisk.marketdata.online")
public record OnlinePricesSettings(boolean enabled, String urlTemplate, Duration timeout) {

    public OnlinePricesSettings {
        timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
    }
}
