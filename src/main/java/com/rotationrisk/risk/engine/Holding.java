package com.rotationrisk.risk.engine;

import java.time.LocalDate;

/**
 * One line of a client portfolio. Cost basis per share is optional. {@code filePrice} (with its date)
 * is a broker file's price: it values a holding that has no usable market price, which is then
 * counted in the portfolio's value but not scored.
 */
public record Holding(String ticker, double quantity, Double costBasisPerShare, Double filePrice,
                      LocalDate filePriceDate) {

    public Holding(String ticker, double quantity, Double costBasisPerShare) {
        this(ticker, quantity, costBasisPerShare, null, null);
    }
}
