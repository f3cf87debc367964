package com.rotationrisk.portfolio.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Generic CSV and pasted rows: ticker, quantity, optional cost per share. */
final class GenericRowReader implements RowReader {

    private final Layout layout;
    private final char delimiter;
    private final boolean shortRowsOk;

    /** {@code shortRowsOk}: pastes may drop trailing empty cells, so only ticker and quantity are required. */
    GenericRowReader(Layout layout, char delimiter, boolean shortRowsOk) {
        this.layout = layout;
        this.delimiter = delimiter;
        this.shortRowsOk = shortRowsOk;
    }

    @Override
    public RowOutcome read(Row row) {
        List<String> problems = new ArrayList<>(2);
        int required = Math.max(layout.ticker(), layout.quantity()) + 1;
        if (!PositionChecks.columnCount(row, layout.width(), shortRowsOk, required, problems)) {
            return new RowOutcome.Rejected(problems);
        }
        String ticker = PositionChecks.ticker(row.cell(layout.ticker()), problems);
        BigDecimal quantity = PositionChecks.quantity(row.cell(layout.quantity()), "quantity", delimiter,
                ImportedHolding.CASH.equals(ticker), problems);
        BigDecimal cost = layout.cost() < 0 ? null
                : PositionChecks.cost(row.cell(layout.cost()), "cost basis", delimiter, problems);
        return RowOutcome.of(row.lineNumber(), ticker, quantity, cost, problems);
    }
}
