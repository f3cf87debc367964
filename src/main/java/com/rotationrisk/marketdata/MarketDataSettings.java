package com.rotationrisk.marketdata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether the bundled real price history is loaded on first start (reference data, on by default). */
@ConfigurationProperties(prefix = "rotationrisk.marketdata")
record MarketDataSettings(Boolean bundled) {

    MarketDataSettings {
        bundled = bundled == null || bundled;
    }
}
