package com.rotationrisk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a portfolio as entered: ticker (CASH for cash), quantity, optional cost per share, and
 * optionally the price a broker file gave for it with that file's date, which values the holding
 * while it has no market price of its own.
 */
public record HoldingInput(String ticker, BigDecimal quantity, BigDecimal costBasisPerShare, BigDecimal filePrice,
                           LocalDate filePriceDate) {

    public HoldingInput(String ticker, BigDecimal quantity, BigDecimal costBasisPerShare) {
        this(ticker, quantity, costBasisPerShare, null, null);
    }
}
