package com.rotationrisk.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
class HoldingRow {

    private String ticker;

    private BigDecimal quantity;

    @Column(name = "cost_basis")
    private BigDecimal costBasis;

    protected HoldingRow() {
    }

    HoldingRow(String ticker, BigDecimal quantity, BigDecimal costBasis) {
        this.ticker = ticker;
        this.quantity = quantity;
        this.costBasis = costBasis;
    }

    HoldingInput toInput() {
        return new HoldingInput(ticker, plain(quantity), plain(costBasis));
    }

    /** The column's fixed scale (8) is storage, not meaning: 1500.00000000 is 1500 to the advisor. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
