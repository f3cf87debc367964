package com.rotationrisk.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

@Embeddable
class HoldingRow {

    private String ticker;

    private BigDecimal quantity;

    @Column(name = "cost_basis")
    private BigDecimal costBasis;

    @Column(name = "file_price")
    private BigDecimal filePrice;

    @Column(name = "file_price_date")
    private LocalDate filePriceDate;

    protected HoldingRow() {
    }

    HoldingRow(HoldingInput h) {
        this.ticker = h.ticker();
        this.quantity = h.quantity();
        this.costBasis = h.costBasisPerShare();
        this.filePrice = h.filePrice();
        this.filePriceDate = h.filePriceDate();
    }

    HoldingInput toInput() {
        return new HoldingInput(ticker, plain(quantity), plain(costBasis), plain(filePrice), filePriceDate);
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
