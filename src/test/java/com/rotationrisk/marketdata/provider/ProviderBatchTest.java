package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial failures are reported per symbol. */
class ProviderBatchTest {

    /** Knows AAPL and MSFT, not XYZ; rate-limited from the symbol LIMIT on. */
    private static final class ScriptedProvider implements PriceProvider {
        final List<String> asked = new ArrayList<>();

        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public String name() {
            return "Scripted";
        }

        @Override
        public ProviderHistory fetchDaily(String symbol) throws PriceProviderException {
            asked.add(symbol);
            return switch (symbol) {
                case "XYZ" -> throw new PriceProviderException(Kind.UNKNOWN_SYMBOL, "unknown XYZ");
                case "LIMIT" -> throw new PriceProviderException(Kind.RATE_LIMITED, "limit reached");
                default -> new ProviderHistory(symbol, "Scripted", List.of(), List.of(), List.of(), Instant.EPOCH);
            };
        }
    }

    @Test
    void eachSymbolHasItsOwnOutcomeAndARateLimitStopsTheRest() {
        ScriptedProvider provider = new ScriptedProvider();

        List<ProviderBatch.Outcome> outcomes = ProviderBatch.fetchAll(provider,
                List.of("AAPL", "XYZ", "MSFT", "LIMIT", "NVDA"));

        assertThat(outcomes).extracting(ProviderBatch.Outcome::symbol)
                .containsExactly("AAPL", "XYZ", "MSFT", "LIMIT", "NVDA");
        assertThat(outcomes).extracting(ProviderBatch.Outcome::succeeded)
                .containsExactly(true, false, true, false, false);
        assertThat(outcomes.get(1).failure().kind()).isEqualTo(Kind.UNKNOWN_SYMBOL);
        assertThat(outcomes.get(4).failure().kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(outcomes.get(4).failure()).hasMessage("Not asked for 'NVDA': limit reached");
        assertThat(provider.asked).containsExactly("AAPL", "XYZ", "MSFT", "LIMIT");
    }
}
