package com.rotationrisk.portfolio.importing;

import com.rotationrisk.marketdata.Ticker;
import java.math.BigDecimal;

/**
 * One valid position read from a file.
 *
 * @param lineNumber        1-based physical line of the row (the first one, when rows were merged)
 * @param ticker            upper case; {@value #CASH} for cash and money-market sweep balances
 * @param quantity          shares or units, always positive; for {@value #CASH} the amount in account currency
 * @param costBasisPerShare average cost per share, {@code null} when the file doesn't say
 */
public record ImportedHolding(int lineNumber, String ticker, BigDecimal quantity, BigDecimal costBasisPerShare) {

    public static final String CASH = Ticker.CASH;

    public boolean isCash() {
        return Ticker.isCash(ticker);
    }
}
