package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Defaults of the settings and the provider they choose. */
class OnlinePricesSettingsTest {

    private static OnlinePricesSettings named(String provider) {
        return new OnlinePricesSettings(true, provider, null, null, null, null, null, null, null);
    }

    @Test
    void defaultsToStooqWithBoundedRetriesAndTheProvidersOwnRate() {
        OnlinePricesSettings settings = new OnlinePricesSettings(false, null, " ", "", "", null, null, null, null);

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.provider()).isEqualTo("stooq");
        assertThat(settings.baseUrl()).isNull();
        assertThat(settings.apiKey()).isNull();
        assertThat(settings.urlTemplate()).isNull();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.maxRetries()).isEqualTo(3);
        assertThat(settings.requestsPerMinuteOr(30)).isEqualTo(30);
        assertThat(settings.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.baseUrlOr("https://stooq.com")).isEqualTo("https://stooq.com");
    }

    @Test
    void bindsTheDocumentedPropertyNames() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "rotationrisk.marketdata.online.enabled", "true",
                "rotationrisk.marketdata.online.provider", "alpha-vantage",
                "rotationrisk.marketdata.online.base-url", "https://proxy.example.com/av",
                "rotationrisk.marketdata.online.api-key", "k-1",
                "rotationrisk.marketdata.online.url-template", "",
                "rotationrisk.marketdata.online.timeout", "300ms",
                "rotationrisk.marketdata.online.max-retries", "2",
                "rotationrisk.marketdata.online.requests-per-minute", "75",
                "rotationrisk.marketdata.online.max-retry-after", "1m")));

        OnlinePricesSettings settings = binder.bind("rotationrisk.marketdata.online", OnlinePricesSettings.class).get();

        assertThat(settings).isEqualTo(new OnlinePricesSettings(true, "alpha-vantage", "https://proxy.example.com/av",
                "k-1", null, Duration.ofMillis(300), 2, 75, Duration.ofMinutes(1)));
    }

    @Test
    void aBaseUrlLosesItsTrailingSlash() {
        OnlinePricesSettings settings = new OnlinePricesSettings(true, "Alpha-Vantage ", "https://proxy.example.com/av/",
                null, null, null, null, 75, null);

        assertThat(settings.provider()).isEqualTo("alpha-vantage");
        assertThat(settings.baseUrlOr("https://www.alphavantage.co")).isEqualTo("https://proxy.example.com/av");
        assertThat(settings.requestsPerMinuteOr(5)).isEqualTo(75);
    }

    @Test
    void createsTheOneProviderTheSettingsName() {
        assertThat(OnlinePricesConfiguration.create(named("stooq"))).isInstanceOf(StooqPriceProvider.class);
        assertThat(OnlinePricesConfiguration.create(named(null)).id()).isEqualTo("stooq");
        assertThat(OnlinePricesConfiguration.create(named("alpha-vantage")))
                .isInstanceOf(AlphaVantagePriceProvider.class)
                .satisfies(p -> assertThat(p.name()).isEqualTo("Alpha Vantage"));
        assertThat(OnlinePricesConfiguration.create(new OnlinePricesSettings(true, "csv-endpoint", null, null,
                "https://prices.example.com/daily/{symbol}.csv", null, null, null, null)))
                .isInstanceOf(CsvEndpointPriceProvider.class)
                .satisfies(p -> assertThat(p.name()).isEqualTo("prices.example.com"));
    }

    @Test
    void anUnknownProviderOrBadLimitsAreRefusedAtStart() {
        assertThatThrownBy(() -> OnlinePricesConfiguration.create(named("yahoo")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yahoo'").hasMessageContaining("stooq, alpha-vantage, csv-endpoint");
        assertThatThrownBy(() -> new OnlinePricesSettings(true, null, null, null, null, Duration.ZERO, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new OnlinePricesSettings(true, null, null, null, null, null, 50, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-retries");
        assertThatThrownBy(() -> new OnlinePricesSettings(true, null, null, null, null, null, null, -1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests-per-minute");
    }

    @Test
    void theApiKeyIsNotInTheTextForm() {
        assertThat(new OnlinePricesSettings(true, "alpha-vantage", null, "k-123", null, null, null, null, null))
                .asString().doesNotContain("k-123").contains("apiKey=(set)");
    }
}
