package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.HoldingInput;
import java.math.BigDecimal;
import java.time.LocalDate;

final class EditableHolding {

    String ticker;
    BigDecimal quantity;
    BigDecimal costBasis;
    String error;
    /** The broker file's price and date, carried through the editor unchanged (not edited by hand). */
    private BigDecimal filePrice;
    private LocalDate filePriceDate;
    private String filePriceTicker;

    EditableHolding(String ticker, BigDecimal quantity, BigDecimal costBasis) {
        this.ticker = ticker;
        this.quantity = quantity;
        this.costBasis = costBasis;
    }

    static EditableHolding of(HoldingInput h) {
        EditableHolding row = new EditableHolding(h.ticker(), h.quantity(), h.costBasisPerShare());
        row.filePrice = h.filePrice();
        row.filePriceDate = h.filePriceDate();
        row.filePriceTicker = h.ticker();
        return row;
    }

    HoldingInput toInput() {
        // A file price belongs to the ticker it was given for; retyping the ticker drops it.
        boolean sameTicker = filePriceTicker != null && filePriceTicker.equals(ticker);
        return new HoldingInput(ticker, quantity, costBasis, sameTicker ? filePrice : null,
                sameTicker ? filePriceDate : null);
    }
}
