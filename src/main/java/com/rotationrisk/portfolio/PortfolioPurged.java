package com.rotationrisk.portfolio;

/**
 * A deleted portfolio's retention has passed and its contents are gone for good; features that keep something about
 * it (its history, its alerts) drop that in the same transaction.
 */
public record PortfolioPurged(long portfolioId) {
}
