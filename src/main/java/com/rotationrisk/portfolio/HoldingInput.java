package com.rotationrisk.portfolio;

import java.math.BigDecimal;

/** One line of a portfolio as entered: ticker (CASH for cash), quantity, optional cost per share. */
public record HoldingInput(String ticker, BigDecimal quantity, BigDecimal costBasisPerShare) {
}
