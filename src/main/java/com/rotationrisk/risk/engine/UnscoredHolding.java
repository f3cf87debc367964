package com.rotationrisk.risk.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A holding that is kept but not scored (no profile, no usable price history). When a broker file
 * gave a price no older than the engine's price-age limit on the as-of date, the holding is valued
 * at it; otherwise {@code value} is {@code null}: its value is unknown, not zero.
 */
public record UnscoredHolding(String ticker, double quantity, Double value, Double price, LocalDate priceDate,
                              String reason) {

    static UnscoredHolding of(Holding h, LocalDate asOf, int maxPriceAgeDays, String reason) {
        boolean usable = h.filePrice() != null && h.filePrice() > 0 && h.filePriceDate() != null
                && !h.filePriceDate().isAfter(asOf)
                && ChronoUnit.DAYS.between(h.filePriceDate(), asOf) <= maxPriceAgeDays;
        return usable
                ? new UnscoredHolding(h.ticker(), h.quantity(), h.quantity() * h.filePrice(), h.filePrice(),
                        h.filePriceDate(), reason)
                : new UnscoredHolding(h.ticker(), h.quantity(), null, null, null, reason);
    }

    public boolean valued() {
        return value != null;
    }

    /** How the holding counts, for the issue text: valued at the file's price, or not valued at all. */
    String consequence() {
        return valued()
                ? String.format(Locale.ROOT, "it is not scored; it is valued at the broker file's price of %.2f"
                        + " (%s)", price, priceDate)
                : "it is not valued or scored.";
    }
}
