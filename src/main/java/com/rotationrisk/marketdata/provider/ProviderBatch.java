package com.rotationrisk.marketdata.provider;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Fetches several symbols one after the other and reports each symbol's outcome on its own, so one
 * unknown symbol or broken answer does not cost the others. Once the provider says its rate limit is
 * reached or it is not configured, the remaining symbols are not asked for (that would only fail again
 * and use up quota); they are reported with the same reason.
 */
public final class ProviderBatch {

    /** One symbol's outcome: exactly one of {@code history} and {@code failure} is set. */
    public record Outcome(String symbol, ProviderHistory history, PriceProviderException failure) {

        public boolean succeeded() {
            return history != null;
        }
    }

    private ProviderBatch() {
    }

    public static List<Outcome> fetchAll(PriceProvider provider, Collection<String> symbols) {
        List<Outcome> outcomes = new ArrayList<>(symbols.size());
        PriceProviderException stop = null;
        for (String symbol : symbols) {
            if (stop != null) {
                outcomes.add(new Outcome(symbol, null, new PriceProviderException(stop.kind(),
                        "Not asked for '" + symbol + "': " + stop.getMessage(), stop.retryAfter().orElse(null), null)));
                continue;
            }
            try {
                outcomes.add(new Outcome(symbol, provider.fetchDaily(symbol), null));
            } catch (PriceProviderException e) {
                outcomes.add(new Outcome(symbol, null, e));
                if (e.kind() == Kind.RATE_LIMITED || e.kind() == Kind.NOT_CONFIGURED) {
                    stop = e;
                }
            }
        }
        return outcomes;
    }
}
