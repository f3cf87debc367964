package com.rotationrisk.portfolio.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Accumulates row outcomes. Generic files and pastes reject a repeated ticker (the first line
 * wins); broker exports merge it (several accounts, or cash and margin lots) with a weighted
 * average cost and an info note.
 */
final class HoldingsCollector {

    private final boolean merge;
    private final Map<String, Lot> lots = new LinkedHashMap<>();
    private final List<HoldingProblem> problems = new ArrayList<>();
    private final List<SkippedLine> skipped = new ArrayList<>();
    private final Map<String, BigDecimal> filePrices = new LinkedHashMap<>();
    private int dataLines;
    private int positionRows;

    HoldingsCollector(boolean merge) {
        this.merge = merge;
    }

    int positionRows() {
        return positionRows;
    }

    int dataLines() {
        return dataLines;
    }

    void skip(int line, String reason) {
        skipped.add(new SkippedLine(line, reason));
    }

    void add(int line, RowOutcome outcome) {
        dataLines++;
        switch (outcome) {
            case RowOutcome.Skipped s -> skipped.add(new SkippedLine(line, s.reason()));
            case RowOutcome.Rejected r -> {
                positionRows++;
                r.reasons().forEach(reason -> problems.add(new HoldingProblem(line, reason)));
            }
            case RowOutcome.Accepted a -> {
                positionRows++;
                accept(a.holding());
                if (a.filePrice() != null && !a.holding().isCash()) {
                    filePrices.putIfAbsent(a.holding().ticker(), a.filePrice());
                }
            }
        }
    }

    private void accept(ImportedHolding h) {
        Lot lot = lots.get(h.ticker());
        if (lot == null) {
            lots.put(h.ticker(), new Lot(h));
        } else if (merge) {
            lot.add(h);
        } else {
            problems.add(new HoldingProblem(h.lineNumber(), h.ticker() + " already on line " + lot.firstLine
                    + " \u2014 merge the lines or remove one"));
        }
    }

    HoldingsPreview build(HoldingsFileFormat format, List<String> notes, java.time.LocalDate fileAsOf) {
        List<ImportedHolding> holdings = new ArrayList<>(lots.size());
        List<String> allNotes = new ArrayList<>(notes);
        for (Lot lot : lots.values()) {
            holdings.add(lot.holding());
            if (lot.lines.size() > 1) {
                allNotes.add(lot.note());
            }
        }
        problems.sort((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber()));
        Map<String, BigDecimal> prices = new LinkedHashMap<>(filePrices);
        prices.keySet().retainAll(lots.keySet());
        return new HoldingsPreview(format, holdings, problems, allNotes, dataLines, skipped, prices, fileAsOf);
    }

    /** One ticker, possibly from several rows. */
    private static final class Lot {
        private final String ticker;
        private final int firstLine;
        private final List<Integer> lines = new ArrayList<>(1);
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal totalCost = BigDecimal.ZERO;
        private boolean costKnown = true;
        private BigDecimal singleCost;

        Lot(ImportedHolding h) {
            this.ticker = h.ticker();
            this.firstLine = h.lineNumber();
            this.singleCost = h.costBasisPerShare();
            add(h);
        }

        void add(ImportedHolding h) {
            lines.add(h.lineNumber());
            quantity = quantity.add(h.quantity());
            if (h.costBasisPerShare() == null) {
                costKnown = false;
            } else {
                totalCost = totalCost.add(h.quantity().multiply(h.costBasisPerShare()));
            }
        }

        ImportedHolding holding() {
            return new ImportedHolding(firstLine, ticker, Amounts.tidy(quantity), cost());
        }

        private BigDecimal cost() {
            if (lines.size() == 1) {
                return singleCost;
            }
            return costKnown && !ticker.equals(ImportedHolding.CASH)
                    ? Amounts.computed(totalCost.divide(quantity, Amounts.COMPUTED_SCALE + 2, RoundingMode.HALF_EVEN))
                    : null;
        }

        String note() {
            String where = lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
            String what = ticker.equals(ImportedHolding.CASH) ? "Cash" : ticker;
            String costText = ticker.equals(ImportedHolding.CASH) ? ""
                    : cost() != null ? ", weighted average cost " + Amounts.format(cost())
                    : ", cost unknown for at least one of them so no average cost";
            return what + " appears on lines " + where + " (several accounts or lots): merged into "
                    + Amounts.format(quantity) + costText + ".";
        }
    }
}
