package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.HoldingInput;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One row of the holdings editor: what was typed, what it was read as, and what is wrong with it. */
final class EditableHolding {

    static final String TICKER = "ticker";
    static final String QUANTITY = "quantity";
    static final String COST = "costBasis";

    String ticker;
    BigDecimal quantity;
    BigDecimal costBasis;
    /** Typed text that could not be read as an amount, by field; the amount itself is then null. */
    final Map<String, String> unreadable = new HashMap<>();
    /** The message shown at each field of this row, by field. */
    final Map<String, String> errors = new HashMap<>();
    /** Fields the advisor has left at least once: their problems show before the first Save. */
    final Set<String> touched = new HashSet<>();
    /** The row was there at a Save: all its problems show (a row added later shows them once left or saved). */
    boolean checked;
    /** The fields currently rendered for this row (a grid renders only the rows in view). */
    final Map<String, Focusable<?>> fields = new HashMap<>();
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

    /** Shows this row's errors on its rendered fields. */
    void showErrors() {
        fields.forEach((field, component) -> {
            if (component instanceof HasValidation v) {
                String error = errors.get(field);
                v.setErrorMessage(error);
                v.setInvalid(error != null);
            }
        });
    }
}
