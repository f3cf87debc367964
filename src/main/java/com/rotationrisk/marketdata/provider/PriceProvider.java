package com.rotationrisk.marketdata.provider;

import java.util.Optional;

/**
 * A source of daily price history online. Whatever it returns goes through the same preview and
 * confirmation as an uploaded file; the app works fully without any provider.
 *
 * <p>Implementations return the bars as the provider gave them (sorted by date) and do not judge
 * their plausibility; rows that cannot be read at all are listed in
 * {@link ProviderHistory#malformedRows()}. Every failure is a {@link PriceProviderException} whose
 * {@link PriceProviderException.Kind kind} says what went wrong and whose message an administrator
 * can act on; messages never contain an API key.
 */
public interface PriceProvider {

    /** Stable identifier, as in the settings: {@code stooq}, {@code alpha-vantage}, {@code csv-endpoint}. */
    String id();

    /** Display name: "Stooq", "Alpha Vantage", or the host name of a CSV endpoint. */
    String name();

    /** The symbol's daily history (one request, with bounded retries). */
    ProviderHistory fetchDaily(String symbol) throws PriceProviderException;

    /** What the provider says about the instrument, when it offers such data; empty when it knows nothing. */
    default Optional<ProviderProfile> profile(String symbol) throws PriceProviderException {
        return Optional.empty();
    }
}
