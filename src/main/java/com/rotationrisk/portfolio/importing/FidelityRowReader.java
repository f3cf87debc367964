package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.HeaderKeys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fidelity "Portfolio Positions" rows. Money-market core positions ("SPAXX**", "HELD IN MONEY
 * MARKET") become CASH with quantity = Current Value. "Pending Activity", totals and the
 * disclaimer footer are skipped.
 */
final class FidelityRowReader implements RowReader {

    private final Layout layout;
    private final Set<String> accounts = new LinkedHashSet<>();
    private boolean sawPosition;
    private boolean inFooter;

    FidelityRowReader(Layout layout) {
        this.layout = layout;
    }

    /** Account numbers seen on position rows, in file order. */
    Set<String> accounts() {
        return accounts;
    }

    @Override
    public RowOutcome read(Row row) {
        String symbol = row.cell(layout.ticker());
        String description = row.cell(layout.description());
        if (row.afterBlank() && sawPosition) {
            inFooter = true;
        }
        if (row.nonBlankCount() <= 1 && !looksLikeOnlySymbol(row)) {
            return new RowOutcome.Skipped(inFooter ? "disclaimer text after the positions" : "text line, not a position");
        }
        if (inFooter && row.width() < layout.width() - 1) {
            return new RowOutcome.Skipped("disclaimer text after the positions");
        }
        if (isPending(symbol) || isPending(row.cell(0)) || isPending(description)) {
            return new RowOutcome.Skipped("pending activity (not a position yet)");
        }
        if (isTotal(symbol) || isTotal(row.cell(0))) {
            return new RowOutcome.Skipped("account total row");
        }
        sawPosition = true;
        List<String> problems = new ArrayList<>(2);
        if (!PositionChecks.columnCount(row, layout.width(), false, 0, problems)) {
            return new RowOutcome.Rejected(problems);
        }
        String account = row.cell(layout.account());
        if (!account.isEmpty()) {
            accounts.add(account);
        }
        if (isCash(symbol, description)) {
            return cash(row, problems);
        }
        String ticker = PositionChecks.ticker(symbol, problems);
        BigDecimal quantity = PositionChecks.quantity(row.cell(layout.quantity()), "quantity", ',', false, problems);
        BigDecimal cost = layout.cost() < 0 ? null
                : PositionChecks.cost(row.cell(layout.cost()), "average cost basis", ',', problems);
        if (cost == null && problems.isEmpty() && layout.costTotal() >= 0) {
            BigDecimal total = PositionChecks.cost(row.cell(layout.costTotal()), "cost basis total", ',', problems);
            if (total != null && quantity != null) {
                cost = Amounts.computed(total.divide(quantity, Amounts.COMPUTED_SCALE + 2, RoundingMode.HALF_EVEN));
            }
        }
        return RowOutcome.of(row.lineNumber(), ticker, quantity, cost, PositionChecks.filePrice(row, layout, quantity),
                problems);
    }

    private RowOutcome cash(Row row, List<String> problems) {
        String value = row.cell(layout.marketValue());
        String cell = Amounts.isMissing(value) ? row.cell(layout.quantity()) : value;
        if (Amounts.isMissing(cell)) {
            problems.add("money market position without a current value");
            return new RowOutcome.Rejected(problems);
        }
        BigDecimal amount = Amounts.parse(cell, ',');
        if (amount != null && amount.signum() == 0) {
            return new RowOutcome.Skipped("money market position with a zero balance");
        }
        BigDecimal quantity = PositionChecks.quantity(cell, "current value", ',', true, problems);
        return RowOutcome.of(row.lineNumber(), ImportedHolding.CASH, quantity, null, problems);
    }

    /** A row with just a symbol is a (bad) position, not text. */
    private boolean looksLikeOnlySymbol(Row row) {
        return !row.cell(layout.ticker()).isEmpty() && row.cells().size() >= layout.width();
    }

    static boolean isCash(String symbol, String description) {
        return symbol.strip().endsWith("**")
                || description.toUpperCase(Locale.ROOT).contains("HELD IN MONEY MARKET");
    }

    private static boolean isPending(String cell) {
        return cell.toLowerCase(Locale.ROOT).startsWith("pending activity");
    }

    static boolean isTotal(String cell) {
        String key = HeaderKeys.key(cell);
        return key.equals("total") || key.equals("accounttotal") || key.equals("accounttotals");
    }
}
