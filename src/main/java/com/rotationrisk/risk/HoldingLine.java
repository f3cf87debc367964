package com.rotationrisk.risk;

import java.time.LocalDate;

/**
 * One holding to score: ticker, number of shares (or currency units for cash), optional cost per
 * share, and optionally a broker file's price for it with the file's date (values it while it has no
 * market price; such a holding is valued but never scored).
 */
public record HoldingLine(String ticker, double quantity, Double costBasisPerShare, Double filePrice,
                          LocalDate filePriceDate) {

    public HoldingLine(String ticker, double quantity, Double costBasisPerShare) {
        this(ticker, quantity, costBasisPerShare, null, null);
    }
}
