package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.BarStore;
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

    private static final Set<String> CASH = Set.of("CASH", "USD");

    private final BarStore bars;

    PortfolioValuationDate(BarStore bars) {
        this.bars = bars;
    }

    /** Null when no non-cash holding has any price. */
    LocalDate latestCommonDate(List<HoldingInput> holdings) {
        List<String> tickers = holdings.stream().map(HoldingInput::ticker).filter(t -> !CASH.contains(t)).toList();
        if (tickers.isEmpty()) {
            return null;
        }
        Map<String, PriceHistory> histories = bars.barsUpTo(tickers, LocalDate.MAX);
        return histories.values().stream().map(PriceHistory::lastDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }
}
