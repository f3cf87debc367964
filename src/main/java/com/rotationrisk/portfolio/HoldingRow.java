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
        return new HoldingInput(ticker, quantity, costBasis);
    }
}
