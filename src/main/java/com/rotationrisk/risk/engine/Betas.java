package com.rotationrisk.risk.engine;

/**
 * Betas of daily returns (OLS, 120 sessions): to the large-cap benchmark and to the rotation spread
 * (small-cap minus large-cap daily return). Null when the benchmark is missing or history is too short.
 */
public record Betas(Double market, Double spread) {
    public static final Betas ZERO = new Betas(0.0, 0.0);
}
