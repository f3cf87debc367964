package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.Ticker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one home of what a portfolio must satisfy to be saved. The service refuses a draft with any
 * {@link #problems}; the editor shows all of them at once, before anything is sent.
 */
public final class PortfolioRules {

    public static final int MAX_CLIENT_NAME = 200;
    public static final int MAX_NOTES = 4_000;
    public static final int MAX_HOLDINGS = 5_000;

    /** One reason a draft cannot be saved; {@code row} is the 0-based holding row, -1 for the portfolio's fields. */
    public record Problem(String field, int row, String message) {
    }

    private PortfolioRules() {
    }

    /** Every problem of the draft, portfolio fields first, then the holdings row by row; empty when it can be saved. */
    public static List<Problem> problems(PortfolioDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String client = draft.clientName() == null ? "" : draft.clientName().trim();
        if (client.isEmpty()) {
            problems.add(new Problem("clientName", -1, "Enter the client's name."));
        } else if (client.length() > MAX_CLIENT_NAME) {
            problems.add(new Problem("clientName", -1, "The client name must be at most " + MAX_CLIENT_NAME
                    + " characters (it has " + client.length() + ")."));
        }
        if (!currency(draft).equals("USD")) {
            problems.add(new Problem("baseCurrency", -1, "Only USD portfolios are supported so far."));
        }
        if (draft.notes() != null && draft.notes().length() > MAX_NOTES) {
            problems.add(new Problem("notes", -1, "Notes must be at most 4,000 characters (they have "
                    + String.format(Locale.ROOT, "%,d", draft.notes().length()) + ")."));
        }
        if (draft.holdings().size() > MAX_HOLDINGS) {
            problems.add(new Problem("holdings", -1, "A portfolio holds at most " + MAX_HOLDINGS + " positions."));
            return problems;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < draft.holdings().size(); i++) {
            rowProblems(draft.holdings().get(i), i, seen, problems);
        }
        return problems;
    }

    private static void rowProblems(HoldingInput h, int i, Map<String, Integer> seen, List<Problem> problems) {
        String row = "Row " + (i + 1) + ": ";
        String ticker = Ticker.canonical(h.ticker());
        Optional<String> syntax = Ticker.problem(ticker);
        if (syntax.isPresent()) {
            problems.add(new Problem("ticker", i, row + syntax.get() + "."));
        } else {
            Integer first = seen.putIfAbsent(ticker, i);
            if (first != null) {
                problems.add(new Problem("ticker", i, row + ticker + " is already on row " + (first + 1)
                        + "; merge the two rows."));
            }
        }
        String name = ticker.isEmpty() ? "this holding" : ticker;
        if (h.quantity() == null || h.quantity().signum() <= 0) {
            problems.add(new Problem("quantity", i, row + "the quantity of " + name + " must be more than zero"
                    + (h.quantity() != null && h.quantity().signum() < 0 ? " (short positions are not supported)." : ".")));
        } else if (AmountBounds.problem(h.quantity()).isPresent() || h.quantity().scale() > AmountBounds.STORED_SCALE) {
            problems.add(new Problem("quantity", i, row + "the quantity of " + name + " has too many digits."));
        }
        Optional<String> costProblem = AmountBounds.problem(h.costBasisPerShare());
        if (h.costBasisPerShare() != null && h.costBasisPerShare().signum() < 0) {
            problems.add(new Problem("costBasis", i, row + "the cost basis of " + name + " cannot be negative."));
        } else if (costProblem.isPresent()) {
            problems.add(new Problem("costBasis", i, row + "the cost basis of " + name + " " + costProblem.get() + "."));
        }
        AmountBounds.problem(h.filePrice()).ifPresent(p ->
                problems.add(new Problem("filePrice", i, row + "the file price of " + name + " " + p + ".")));
    }

    /** The draft as stored: trimmed, canonical tickers, amounts rounded. Only for a draft without {@link #problems}. */
    static PortfolioDraft cleaned(PortfolioDraft draft) {
        List<HoldingInput> clean = new ArrayList<>(draft.holdings().size());
        for (HoldingInput h : draft.holdings()) {
            String ticker = Ticker.canonical(h.ticker());
            boolean cash = Ticker.isCash(ticker);
            BigDecimal filePrice = cash || h.filePrice() == null || h.filePrice().signum() <= 0 ? null
                    : AmountBounds.rounded(h.filePrice());
            clean.add(new HoldingInput(ticker, h.quantity(), AmountBounds.rounded(h.costBasisPerShare()), filePrice,
                    filePrice == null ? null : h.filePriceDate()));
        }
        // A ticker without price history is kept as an unpriced holding: the analysis says so and
        // counts it out of the scored share of value, and its prices can be fetched or imported later.
        return new PortfolioDraft(draft.clientName().trim(), currency(draft),
                draft.notes() == null ? null : draft.notes().trim(), clean);
    }

    private static String currency(PortfolioDraft draft) {
        return draft.baseCurrency() == null ? "USD" : draft.baseCurrency().trim().toUpperCase(Locale.ROOT);
    }
}
