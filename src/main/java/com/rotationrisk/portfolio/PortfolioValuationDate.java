package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.Benchmarks;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.risk.engine.RiskEngine;
import com.rotationrisk.marketdata.PriceHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Picks the date to value a portfolio at by default: the last date on which every holding has a price. */
@Component
class PortfolioValuationDate {

    private final BarStore bars;
    private final InstrumentCatalog catalog;

    PortfolioValuationDate(BarStore bars, InstrumentCatalog catalog) {
        this.bars = bars;
        this.catalog = catalog;
    }

    /**
     * The latest date at which the most holdings can be valued, preferring dates where the rotation spread's legs
     * have prices too; never a future date. Candidates are the holdings' and benchmarks' last price dates. Null when
     * no non-cash holding has any price. A holding whose history ended years ago does not drag the whole portfolio
     * back to that date (it is reported as not valued instead), and one whose history starts later is not dropped.
     */
    LocalDate latestCommonDate(List<HoldingInput> holdings) {
        List<String> tickers = pricedTickers(holdings);
        if (tickers.isEmpty()) {
            return null;
        }
        return latestCommonDate(tickers, bars.barsUpTo(tickers, LocalDate.now()), benchmarkHistories());
    }

    /**
     * The same date for many portfolios at once ({@code holdingsOfEach}, in order): the price histories of all their
     * holdings are read once.
     */
    List<LocalDate> latestCommonDates(List<List<HoldingInput>> holdingsOfEach) {
        java.util.Set<String> all = new java.util.HashSet<>();
        holdingsOfEach.forEach(h -> all.addAll(pricedTickers(h)));
        Map<String, PriceHistory> histories = all.isEmpty() ? Map.of() : bars.barsUpTo(all, LocalDate.now());
        Map<String, PriceHistory> benchmarks = benchmarkHistories();
        return holdingsOfEach.stream().map(h -> {
            List<String> tickers = pricedTickers(h);
            if (tickers.isEmpty()) {
                return (LocalDate) null;
            }
            Map<String, PriceHistory> own = new java.util.HashMap<>();
            tickers.forEach(t -> {
                PriceHistory history = histories.get(t);
                if (history != null) {
                    own.put(t, history);
                }
            });
            return latestCommonDate(tickers, own, benchmarks);
        }).toList();
    }

    private static List<String> pricedTickers(List<HoldingInput> holdings) {
        return holdings.stream().map(HoldingInput::ticker).filter(t -> !Ticker.isCash(t)).toList();
    }

    private Map<String, PriceHistory> benchmarkHistories() {
        Benchmarks pair = catalog.benchmarks();
        List<String> legs = java.util.stream.Stream.of(pair.largeCapSymbol(), pair.smallCapSymbol())
                .filter(Objects::nonNull).toList();
        return legs.isEmpty() ? Map.of() : bars.barsUpTo(legs, LocalDate.now());
    }

    private static LocalDate latestCommonDate(List<String> tickers, Map<String, PriceHistory> histories,
                                              Map<String, PriceHistory> benchmarks) {
        java.util.TreeSet<LocalDate> candidates = new java.util.TreeSet<>();
        histories.values().stream().map(PriceHistory::lastDate).filter(Objects::nonNull).forEach(candidates::add);
        LocalDate best = null;
        int bestHoldings = 0, bestLegs = -1;
        for (LocalDate d : candidates.descendingSet()) {
            int valued = priced(histories.values(), d);
            int fresh = priced(benchmarks.values(), d);
            if (valued > bestHoldings || valued == bestHoldings && fresh > bestLegs) {
                best = d;
                bestHoldings = valued;
                bestLegs = fresh;
            }
        }
        return best;
    }

    /**
     * The dates the holdings have prices for: from the earliest first price to the latest last price (never after
     * today); null when no non-cash holding has any price.
     */
    PriceCoverage coverage(List<HoldingInput> holdings) {
        List<String> tickers = holdings.stream().map(HoldingInput::ticker).filter(t -> !Ticker.isCash(t)).toList();
        if (tickers.isEmpty()) {
            return null;
        }
        Map<String, PriceHistory> histories = bars.barsUpTo(tickers, LocalDate.now());
        LocalDate first = histories.values().stream().map(PriceHistory::firstDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate last = histories.values().stream().map(PriceHistory::lastDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        return first == null ? null : new PriceCoverage(first, last);
    }

    /** How many of these histories have a bar no older than the engine's price-age limit on {@code date}. */
    private static int priced(java.util.Collection<PriceHistory> histories, LocalDate date) {
        int n = 0;
        for (PriceHistory h : histories) {
            int i = h.lastIndexOnOrBefore(date);
            if (i >= 0 && !h.dates()[i].plusDays(RiskEngine.MAX_PRICE_AGE_DAYS).isBefore(date)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Holdings whose prices should be fetched or imported: no price history at all, or a last price more
     * than {@code RiskEngine.MAX_PRICE_AGE_DAYS} older than the newest last price among the holdings (it
     * holds the default valuation date back, and the others cannot be scored at that date).
     */
    List<String> needingPrices(List<HoldingInput> holdings) {
        List<String> tickers = holdings.stream().map(HoldingInput::ticker).filter(t -> !Ticker.isCash(t)).toList();
        Map<String, PriceHistory> histories = bars.barsUpTo(tickers, LocalDate.MAX);
        LocalDate newest = histories.values().stream().map(PriceHistory::lastDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        return tickers.stream().filter(t -> {
            PriceHistory h = histories.get(t);
            LocalDate last = h == null ? null : h.lastDate();
            return last == null || last.plusDays(RiskEngine.MAX_PRICE_AGE_DAYS).isBefore(newest);
        }).toList();
    }
}
