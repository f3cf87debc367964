package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.BarStore;
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

    PortfolioValuationDate(BarStore bars) {
        this.bars = bars;
    }

    /** Null when no non-cash holding has any price. */
    LocalDate latestCommonDate(List<HoldingInput> holdings) {
        List<String> tickers = holdings.stream().map(HoldingInput::ticker).filter(t -> !Ticker.isCash(t)).toList();
        if (tickers.isEmpty()) {
            return null;
        }
        Map<String, PriceHistory> histories = bars.barsUpTo(tickers, LocalDate.MAX);
        return histories.values().stream().map(PriceHistory::lastDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
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
