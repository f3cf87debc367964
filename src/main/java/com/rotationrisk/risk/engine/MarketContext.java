package com.rotationrisk.risk.engine;

/**
 * Benchmarks. Either may be null: components needing it then report {@link ComponentStatus#BENCHMARK_MISSING}.
 * The rotation spread is the small-cap daily return minus the large-cap daily return.
 */
public record MarketContext(DailyBars largeCapBenchmark, DailyBars smallCapBenchmark) {
}
