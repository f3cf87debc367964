package com.rotationrisk.risk.engine;

/**
 * Daniel & Moskowitz market state of the large-cap benchmark.
 *
 * @param upliftPoints points added to the reversal score of high-momentum positions (crowding >= threshold)
 */
public record MarketRegime(State state, Double return24mPct, Double annualisedVol126Pct, Double return21dPct,
        double upliftPoints, String explanation) {

    public enum State {
        /** Large-cap 24-month return >= 0. */
        NORMAL,
        /** 24-month return < 0 but variance not high. */
        BEAR,
        /** 24-month return < 0 and high 126-day variance, market still falling over 21 days. */
        PANIC,
        /** Panic state with the market rebounding over 21 days: when momentum crashes hardest. */
        PANIC_REBOUND,
        /** Benchmark missing or too short. */
        UNKNOWN;

        /** "panic rebound", … for readers. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
