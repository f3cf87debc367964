package com.rotationrisk.proposal.ui;

import com.rotationrisk.proposal.Trade;
import java.math.BigDecimal;

/** One trade row as the advisor types it; an amount that could not be read keeps its text. */
final class EditableTrade {

    Trade.Kind kind = Trade.Kind.SELL;
    String ticker;
    String toTicker;
    Trade.AmountKind amountKind = Trade.AmountKind.PERCENT_OF_POSITION;
    BigDecimal amount;
    String unreadableAmount;

    static EditableTrade of(Trade t) {
        EditableTrade row = new EditableTrade();
        row.kind = t.kind();
        row.ticker = t.ticker();
        row.toTicker = t.toTicker();
        row.amountKind = t.amountKind();
        row.amount = t.amount();
        return row;
    }

    Trade toTrade() {
        boolean cash = kind == Trade.Kind.RAISE_CASH;
        return new Trade(kind, cash ? null : ticker, kind == Trade.Kind.SWITCH ? toTicker : null,
                cash ? Trade.AmountKind.VALUE : amountKind, amount);
    }
}
