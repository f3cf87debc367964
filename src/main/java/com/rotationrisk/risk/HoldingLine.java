package com.rotationrisk.risk;

/** One holding to score: ticker, number of shares (or currency units for cash), optional cost per share. */
public record HoldingLine(String ticker, double quantity, Double costBasisPerShare) {
}
