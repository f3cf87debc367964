package com.rotationrisk.marketdata.provider;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the optional online price provider. Off by default: the app needs no network.
 *
 * @param enabled           switches the provider on
 * @param provider          {@code stooq} (default, no key), {@code alpha-vantage} (needs {@code apiKey}) or
 *                          {@code csv-endpoint} (a firm's own endpoint, needs {@code urlTemplate})
 * @param baseUrl           replaces the provider's documented address (for a proxy, or a local test server),
 *                          e.g. {@code https://proxy.example.com/stooq}; empty for the documented one
 * @param apiKey            the provider's key: required by Alpha Vantage, sent to Stooq only when set
 * @param urlTemplate       for {@code csv-endpoint}: a URL containing {@code {symbol}}
 * @param timeout           connect and response timeout of one request (default 15 s)
 * @param maxRetries        retries after a timeout, an I/O error, HTTP 5xx or 429 (default 3, at most 10)
 * @param requestsPerMinute client-side request rate; empty for the provider's default (Stooq 30, Alpha Vantage
 *                          5, CSV endpoint 60); 0 switches the client-side limit off
 * @param maxRetryAfter     the longest {@code Retry-After} the app waits for (default 30 s); a longer one fails
 *                          at once as "rate limited"
 */
@ConfigurationProperties(prefix = "rotationrisk.marketdata.online")
public record OnlinePricesSettings(boolean enabled, String provider, String baseUrl, String apiKey, String urlTemplate,
                                   Duration timeout, Integer maxRetries, Integer requestsPerMinute,
                                   Duration maxRetryAfter) {

    /** The provider ids this app knows. */
    public static final List<String> PROVIDERS = List.of("stooq", "alpha-vantage", "csv-endpoint");

    public OnlinePricesSettings {
        provider = provider == null || provider.isBlank() ? "stooq"
                : provider.strip().toLowerCase(Locale.ROOT);
        baseUrl = blankToNull(baseUrl);
        if (baseUrl != null) {
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
        apiKey = blankToNull(apiKey);
        urlTemplate = blankToNull(urlTemplate);
        timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
        maxRetries = maxRetries == null ? 3 : maxRetries;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofSeconds(30) : maxRetryAfter;
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("rotationrisk.marketdata.online.timeout must be positive");
        }
        if (maxRetries < 0 || maxRetries > ProviderHttp.MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException("rotationrisk.marketdata.online.max-retries must be between 0 and "
                    + ProviderHttp.MAX_RETRIES_LIMIT);
        }
        if (requestsPerMinute != null && requestsPerMinute < 0) {
            throw new IllegalArgumentException(
                    "rotationrisk.marketdata.online.requests-per-minute must not be negative (0 switches it off)");
        }
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("rotationrisk.marketdata.online.max-retry-after must not be negative");
        }
    }

    /** The configured request rate, or the provider's default when none is configured. */
    public int requestsPerMinuteOr(int providerDefault) {
        return requestsPerMinute == null ? providerDefault : requestsPerMinute;
    }

    public String baseUrlOr(String documented) {
        return baseUrl == null ? documented : baseUrl;
    }

    /** Like the record's, but never shows the API key. */
    @Override
    public String toString() {
        return "OnlinePricesSettings[enabled=" + enabled + ", provider=" + provider + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "(set)") + ", urlTemplate=" + urlTemplate
                + ", timeout=" + timeout + ", maxRetries=" + maxRetries + ", requestsPerMinute=" + requestsPerMinute
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
