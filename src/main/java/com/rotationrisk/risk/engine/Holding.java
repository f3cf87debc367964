package com.rotationrisk.risk.engine;

/** One line of a client portfolio. Cost basis per share is optional. */
public record Holding(String ticker, double quantity, Double costBasisPerShare) {
}
