package com.rotationrisk.marketdata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether the bundled real price history is loaded on first start (reference data, on by default). */
@ConfigurationProperties(prefix = "rotationrisk.marketdata")
record MarketDataSettings(Boolean bundled, Long cacheMaxBars) {

    /** About 140 MB of price histories in memory (some 6,000 instruments of five years). */
    static final long DEFAULT_CACHE_MAX_BARS = 2_000_000;

    MarketDataSettings {
        bundled = bundled == null || bundled;
        cacheMaxBars = cacheMaxBars == null ? DEFAULT_CACHE_MAX_BARS : cacheMaxBars;
        if (cacheMaxBars < 10_000) {
            throw new IllegalArgumentException("rotationrisk.marketdata.cache-max-bars must be at least 10000");
        }
    }
}
