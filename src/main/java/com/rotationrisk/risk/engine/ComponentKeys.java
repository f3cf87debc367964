package com.rotationrisk.risk.engine;

/** Stable component keys (used in configuration, output and the app's UI). */
public final class ComponentKeys {
    // Momentum crowding
    public static final String OVERBOUGHT = "overbought";
    public static final String EXTENSION = "extension";
    public static final String UNUSUAL_RUN = "unusual_run";
    public static final String RELATIVE_STRENGTH = "relative_strength";
    public static final String FLOW_SURGE = "flow_surge";
    public static final String HERD_STREAK = "herd_streak";
    public static final String CROWD_COMOVEMENT = "crowd_comovement";
    public static final String NEAR_HIGHS = "near_highs";
    // Reversal risk
    public static final String STRETCHED_BAND = "stretched_band";
    public static final String BEARISH_DIVERGENCE = "bearish_divergence";
    public static final String ROLLING_OVER = "rolling_over";
    public static final String ROTATION_BETA = "rotation_beta";
    public static final String VOLATILITY_EXPANSION = "volatility_expansion";
    public static final String ABOVE_TREND = "above_trend";
    // Policy-shock exposure: one component per policy scenario, key "scenario:<id>"
    public static final String SCENARIO_PREFIX = "scenario:";
    // Cash
    public static final String CASH = "cash";

    private ComponentKeys() {
    }
}
