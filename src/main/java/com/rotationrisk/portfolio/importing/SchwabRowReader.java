package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.HeaderKeys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Schwab "Positions" rows. Schwab's "Cost Basis" is the position's TOTAL cost, so the cost per
 * share is cost basis / quantity. "Cash &amp; Cash Investments" becomes CASH with quantity = Mkt Val;
 * "Account Total", account title lines and repeated headers (all-accounts export) are skipped.
 */
final class SchwabRowReader implements RowReader {

    private static final String CASH_KEY = "cashcashinvestments";

    private final Layout layout;

    SchwabRowReader(Layout layout) {
        this.layout = layout;
    }

    @Override
    public RowOutcome read(Row row) {
        String symbol = row.cell(layout.ticker());
        if (LayoutDetector.isSameHeader(layout, row)) {
            return new RowOutcome.Skipped("header repeated for the next account");
        }
        if (row.nonBlankCount() <= 1 && row.cells().size() < layout.width()) {
            return new RowOutcome.Skipped("account title or text line, not a position");
        }
        if (FidelityRowReader.isTotal(symbol)) {
            return new RowOutcome.Skipped("account total row");
        }
        List<String> problems = new ArrayList<>(2);
        if (!PositionChecks.columnCount(row, layout.width(), false, 0, problems)) {
            return new RowOutcome.Rejected(problems);
        }
        if (HeaderKeys.key(symbol).equals(CASH_KEY)) {
            String value = row.cell(layout.marketValue());
            BigDecimal amount = Amounts.isMissing(value) ? null : Amounts.parse(value, ',');
            if (amount != null && amount.signum() == 0) {
                return new RowOutcome.Skipped("cash with a zero balance");
            }
            BigDecimal quantity = PositionChecks.quantity(value, "market value of cash", ',', true, problems);
            return RowOutcome.of(row.lineNumber(), ImportedHolding.CASH, quantity, null, problems);
        }
        String ticker = PositionChecks.ticker(symbol, problems);
        BigDecimal quantity = PositionChecks.quantity(row.cell(layout.quantity()), "quantity", ',', false, problems);
        BigDecimal total = PositionChecks.cost(row.cell(layout.costTotal()), "cost basis", ',', problems);
        BigDecimal cost = total == null || quantity == null ? null
                : Amounts.computed(total.divide(quantity, Amounts.COMPUTED_SCALE + 2, RoundingMode.HALF_EVEN));
        return RowOutcome.of(row.lineNumber(), ticker, quantity, cost, PositionChecks.filePrice(row, layout, quantity),
                problems);
    }
}
