package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.HoldingInput;
import java.math.BigDecimal;

/** A row of the holdings grid while it is being edited. */
final class EditableHolding {

    String ticker;
    BigDecimal quantity;
    BigDecimal costBasis;
    String error;

    EditableHolding(String ticker, BigDecimal quantity, BigDecimal costBasis) {
        this.ticker = ticker;
        this.quantity = quantity;
        this.costBasis = costBasis;
    }

    static EditableHolding of(HoldingInput h) {
        return new EditableHolding(h.ticker(), h.quantity(), h.costBasisPerShare());
    }

    HoldingInput toInput() {
        return new HoldingInput(ticker, quantity, costBasis);
    }
}
