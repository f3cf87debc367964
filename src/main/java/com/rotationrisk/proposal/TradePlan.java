package com.rotationrisk.proposal;

import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.AmountBounds;
import com.rotationrisk.portfolio.HoldingInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trades applied to holdings at given prices, in plain Java: every sell first (sells, the selling side of switches,
 * raising cash), then every buy, so a proposal may buy with what it sells. Sale proceeds go to cash and buys are paid
 * from it; a buy that cash cannot pay for, a sale of more than is held, a trade of a holding without a price or an
 * amount out of bounds is a problem, and all problems are reported at once with nothing applied.
 * <p>
 * The realised gain of a sale is estimated from the cost per share entered with the holding (average cost): shares
 * sold × (price − cost per share), before fees and taxes. A sale of a holding without a cost is reported as unknown,
 * never as 0. A purchase adds to the holding at the average of its cost and the price paid.
 */
public final class TradePlan {

    public static final int MAX_TRADES = 200;
    public static final String GAIN_METHOD = "Estimated from the cost per share entered with each holding (average "
            + "cost): shares sold × (price − cost per share), before fees and taxes.";
    private static final int SCALE = AmountBounds.STORED_SCALE;

    /** A problem with trade {@code index} (0-based; -1 for the proposal as a whole). */
    public record Problem(int index, String message) {
    }

    /** What one trade did to one holding: shares bought (+) or sold (−), at which price, and the gain of a sale. */
    public record Execution(int tradeIndex, String ticker, BigDecimal shares, double price, double value,
                            Double realisedGain) {
    }

    /** The holdings after the trades, what was executed, and the problems (then nothing was applied). */
    public record Result(List<HoldingInput> after, List<Execution> executions, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public double soldValue() {
            return executions.stream().filter(e -> e.shares().signum() < 0).mapToDouble(Execution::value).sum();
        }

        public double boughtValue() {
            return executions.stream().filter(e -> e.shares().signum() > 0).mapToDouble(Execution::value).sum();
        }

        /** The estimated realised gain of the sales whose cost is known. */
        public double knownRealisedGain() {
            return executions.stream().filter(e -> e.realisedGain() != null).mapToDouble(Execution::realisedGain).sum();
        }

        /** Holdings sold without a cost per share: their gain is unknown. */
        public List<String> gainUnknownFor() {
            return executions.stream().filter(e -> e.shares().signum() < 0 && e.realisedGain() == null)
                    .map(Execution::ticker).distinct().toList();
        }
    }

    private TradePlan() {
    }

    /**
     * Applies {@code trades} to {@code holdings}. {@code prices} has the price of every holding and every ticker to
     * buy that has one at the valuation date; cash is priced at 1.
     */
    public static Result apply(List<HoldingInput> holdings, List<Trade> trades, Map<String, Double> prices) {
        List<Problem> problems = new ArrayList<>();
        if (trades.size() > MAX_TRADES) {
            return new Result(holdings, List.of(), List.of(new Problem(-1, "A proposal has at most " + MAX_TRADES
                    + " trades.")));
        }
        Map<String, BigDecimal> quantity = new LinkedHashMap<>();
        Map<String, HoldingInput> original = new LinkedHashMap<>();
        for (HoldingInput h : holdings) {
            String t = Ticker.canonical(h.ticker());
            quantity.merge(t, h.quantity(), BigDecimal::add);
            original.putIfAbsent(t, h);
        }
        Map<String, BigDecimal> cost = new LinkedHashMap<>();
        original.forEach((t, h) -> cost.put(t, h.costBasisPerShare()));
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            String amountProblem = amountProblem(t);
            if (amountProblem != null) {
                problems.add(new Problem(i, amountProblem));
                continue;
            }
            switch (t.kind()) {
                case SELL -> sell(i, canonical(t.ticker()), t, quantity, cost, prices, executions, problems);
                case SWITCH -> {
                    if (t.toTicker() == null || canonical(t.toTicker()).isEmpty()) {
                        problems.add(new Problem(i, "Name the holding to switch into."));
                    } else if (canonical(t.toTicker()).equals(canonical(t.ticker()))) {
                        problems.add(new Problem(i, "A switch goes into a different holding."));
                    } else {
                        sell(i, canonical(t.ticker()), t, quantity, cost, prices, executions, problems);
                    }
                }
                case RAISE_CASH -> raiseCash(i, t.amount().doubleValue(), quantity, cost, prices, executions, problems);
                case BUY -> { }
            }
        }
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            if (amountProblem(t) != null) {
                continue;
            }
            if (t.kind() == Trade.Kind.BUY) {
                buy(i, canonical(t.ticker()), t.amountKind(), t.amount(), quantity, cost, prices, executions, problems);
            } else if (t.kind() == Trade.Kind.SWITCH && canonical(t.toTicker()).length() > 0
                    && !canonical(t.toTicker()).equals(canonical(t.ticker()))) {
                int index = i;
                double proceeds = executions.stream().filter(e -> e.tradeIndex() == index)
                        .filter(e -> e.shares().signum() < 0).mapToDouble(Execution::value).sum();
                if (proceeds > 0) {
                    buy(i, canonical(t.toTicker()), Trade.AmountKind.VALUE, BigDecimal.valueOf(proceeds), quantity, cost,
                            prices, executions, problems);
                }
            }
        }
        BigDecimal cash = quantity.getOrDefault(Ticker.CASH, BigDecimal.ZERO);
        if (cash.signum() < 0) {
            problems.add(new Problem(-1, "The purchases need " + money(cash.negate().doubleValue())
                    + " more than the portfolio's cash after the sales: sell more or raise cash."));
        }
        if (!problems.isEmpty()) {
            return new Result(holdings, List.of(), problems);
        }
        return new Result(after(quantity, cost, original), executions, problems);
    }

    private static void sell(int i, String ticker, Trade t, Map<String, BigDecimal> quantity,
                             Map<String, BigDecimal> cost, Map<String, Double> prices, List<Execution> executions,
                             List<Problem> problems) {
        BigDecimal held = quantity.get(ticker);
        if (held == null || held.signum() <= 0) {
            problems.add(new Problem(i, ticker.isEmpty() ? "Name the holding to sell." : ticker
                    + " is not held, so it cannot be sold."));
            return;
        }
        if (Ticker.isCash(ticker)) {
            problems.add(new Problem(i, "Cash is not sold: buy something with it instead."));
            return;
        }
        Double price = prices.get(ticker);
        if (price == null || price <= 0) {
            problems.add(new Problem(i, ticker + " has no price at the valuation date, so it cannot be traded in a "
                    + "proposal."));
            return;
        }
        BigDecimal shares = switch (t.amountKind()) {
            case SHARES -> t.amount();
            case VALUE -> t.amount().divide(BigDecimal.valueOf(price), SCALE, RoundingMode.HALF_UP);
            case PERCENT_OF_POSITION -> held.multiply(t.amount()).divide(BigDecimal.valueOf(100), SCALE,
                    RoundingMode.HALF_UP);
        };
        if (shares.compareTo(held) > 0) {
            problems.add(new Problem(i, "Selling " + plain(shares) + " " + ticker + " is more than the " + plain(held)
                    + " held."));
            return;
        }
        record(i, ticker, shares.negate(), price, quantity, cost, executions);
    }

    private static void raiseCash(int i, double value, Map<String, BigDecimal> quantity, Map<String, BigDecimal> cost,
                                  Map<String, Double> prices, List<Execution> executions, List<Problem> problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        quantity.forEach((t, q) -> {
            Double p = prices.get(t);
            if (!Ticker.isCash(t) && q.signum() > 0 && p != null && p > 0) {
                values.put(t, q.doubleValue() * p);
            }
        });
        double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
        if (value > total + 1e-6) {
            problems.add(new Problem(i, "Raising " + money(value) + " needs more than the " + money(total)
                    + " the priced holdings are worth."));
            return;
        }
        values.forEach((t, v) -> {
            BigDecimal shares = quantity.get(t).multiply(BigDecimal.valueOf(value / total))
                    .setScale(SCALE, RoundingMode.HALF_UP).min(quantity.get(t));
            if (shares.signum() > 0) {
                record(i, t, shares.negate(), prices.get(t), quantity, cost, executions);
            }
        });
    }

    private static void buy(int i, String ticker, Trade.AmountKind kind, BigDecimal amount,
                            Map<String, BigDecimal> quantity, Map<String, BigDecimal> cost, Map<String, Double> prices,
                            List<Execution> executions, List<Problem> problems) {
        if (ticker.isEmpty() || Ticker.problem(ticker).isPresent()) {
            problems.add(new Problem(i, ticker.isEmpty() ? "Name the holding to buy."
                    : Ticker.problem(ticker).orElseThrow()));
            return;
        }
        if (Ticker.isCash(ticker)) {
            problems.add(new Problem(i, "Cash is not bought: sell something, or raise cash."));
            return;
        }
        Double price = prices.get(ticker);
        if (price == null || price <= 0) {
            problems.add(new Problem(i, ticker + " has no price at the valuation date, so it cannot be bought in a "
                    + "proposal (add its prices first)."));
            return;
        }
        BigDecimal held = quantity.getOrDefault(ticker, BigDecimal.ZERO);
        BigDecimal shares = switch (kind) {
            case SHARES -> amount;
            case VALUE -> amount.divide(BigDecimal.valueOf(price), SCALE, RoundingMode.HALF_UP);
            case PERCENT_OF_POSITION -> held.multiply(amount).divide(BigDecimal.valueOf(100), SCALE,
                    RoundingMode.HALF_UP);
        };
        if (kind == Trade.AmountKind.PERCENT_OF_POSITION && held.signum() <= 0) {
            problems.add(new Problem(i, ticker + " is not held: buy it by shares or value."));
            return;
        }
        BigDecimal before = cost.get(ticker);
        if (held.signum() > 0 && before != null) {
            BigDecimal total = held.multiply(before).add(shares.multiply(BigDecimal.valueOf(price)));
            cost.put(ticker, total.divide(held.add(shares), SCALE, RoundingMode.HALF_UP));
        } else if (held.signum() == 0) {
            cost.put(ticker, BigDecimal.valueOf(price).setScale(SCALE, RoundingMode.HALF_UP));
        }
        record(i, ticker, shares, price, quantity, cost, executions);
    }

    private static void record(int i, String ticker, BigDecimal shares, double price, Map<String, BigDecimal> quantity,
                               Map<String, BigDecimal> cost, List<Execution> executions) {
        double value = Math.abs(shares.doubleValue()) * price;
        Double gain = null;
        if (shares.signum() < 0 && cost.get(ticker) != null) {
            gain = -shares.doubleValue() * (price - cost.get(ticker).doubleValue());
        }
        quantity.merge(ticker, shares, BigDecimal::add);
        quantity.merge(Ticker.CASH, BigDecimal.valueOf(shares.signum() < 0 ? value : -value)
                .setScale(SCALE, RoundingMode.HALF_UP), BigDecimal::add);
        executions.add(new Execution(i, ticker, shares, price, value, gain));
    }

    /** The holdings in their original order, new ones after; sold-out holdings and empty cash are left out. */
    private static List<HoldingInput> after(Map<String, BigDecimal> quantity, Map<String, BigDecimal> cost,
                                            Map<String, HoldingInput> original) {
        List<HoldingInput> out = new ArrayList<>();
        quantity.forEach((t, q) -> {
            if (q.signum() <= 0) {
                return;
            }
            HoldingInput was = original.get(t);
            BigDecimal stored = q.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
            out.add(was == null ? new HoldingInput(t, stored, Ticker.isCash(t) ? null : cost.get(t))
                    : new HoldingInput(was.ticker(), stored, Ticker.isCash(t) ? null : cost.get(t), was.filePrice(),
                    was.filePriceDate()));
        });
        return out;
    }

    /**
     * What can be said of trades without holdings or prices (a draft being saved): their number, kinds, amounts and
     * ticker spellings. Empty when none has a problem.
     */
    public static List<Problem> structuralProblems(List<Trade> trades) {
        List<Problem> problems = new ArrayList<>();
        if (trades.size() > MAX_TRADES) {
            problems.add(new Problem(-1, "A proposal has at most " + MAX_TRADES + " trades."));
            return problems;
        }
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            String problem = amountProblem(t);
            if (problem == null && t.kind() != Trade.Kind.RAISE_CASH) {
                problem = tickerProblem(t.ticker());
                if (problem == null && t.kind() == Trade.Kind.SWITCH) {
                    problem = tickerProblem(t.toTicker());
                }
            }
            if (problem != null) {
                problems.add(new Problem(i, problem));
            }
        }
        return problems;
    }

    private static String tickerProblem(String ticker) {
        String canonical = canonical(ticker);
        return canonical.isEmpty() ? "Name the holding." : Ticker.problem(canonical).orElse(null);
    }

    private static String amountProblem(Trade t) {
        if (t.kind() == null) {
            return "Choose what the trade does.";
        }
        if (t.amount() == null || t.amountKind() == null) {
            return "Enter an amount.";
        }
        if (t.amount().signum() <= 0) {
            return "The amount must be more than 0.";
        }
        if (AmountBounds.problem(t.amount()).isPresent()) {
            return AmountBounds.problem(t.amount()).orElseThrow();
        }
        if (t.amountKind() == Trade.AmountKind.PERCENT_OF_POSITION && t.amount().compareTo(BigDecimal.valueOf(100)) > 0) {
            return "At most 100 % of the position.";
        }
        if (t.kind() == Trade.Kind.RAISE_CASH && t.amountKind() != Trade.AmountKind.VALUE) {
            return "Raise cash by a value.";
        }
        return null;
    }

    private static String canonical(String ticker) {
        return ticker == null ? "" : Ticker.canonical(ticker);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }
}
