package com.rotationrisk.marketdata;

import java.time.Instant;

/** The daily price refresh has finished (scheduled or started by an administrator): new closes may be in. */
public record PriceRefreshCompleted(Instant finishedAt, int symbols, int failed) {
}
