package com.rotationrisk.risk.engine;

/**
 * Benchmarks. Either may be null: components needing it then report {@link ComponentStatus#BENCHMARK_MISSING}.
 * The rotation spread is the rotation leg's daily return ({@code smallCapBenchmark}: small caps, or
 * technology in the bundled history) minus the market leg's ({@code largeCapBenchmark}); {@code spreadName}
 * says which pair it is, for every text that reports a result.
 */
public record MarketContext(DailyBars largeCapBenchmark, DailyBars smallCapBenchmark, String spreadName) {

    public MarketContext(DailyBars largeCapBenchmark, DailyBars smallCapBenchmark) {
        this(largeCapBenchmark, smallCapBenchmark, "unnamed pair (rotation leg − market leg)");
    }
}
