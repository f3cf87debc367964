package com.rotationrisk.marketdata.provider;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Why an online provider gave no usable answer; the message is written for an administrator. */
public class PriceProviderException extends Exception {

    public enum Kind {
        /** The provider does not know the symbol. */
        UNKNOWN_SYMBOL,
        /** The provider's rate limit or quota is reached (HTTP 429, or its own "limit reached" answer). */
        RATE_LIMITED,
        /** The provider could not be reached or answered with a server error, even after retries. */
        UNAVAILABLE,
        /** The answer was not what the provider documents: an HTML page, an empty body, unreadable CSV/JSON. */
        BAD_RESPONSE,
        /** The provider needs settings it does not have or refuses the ones it has (API key, plan). */
        NOT_CONFIGURED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public PriceProviderException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public PriceProviderException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    public PriceProviderException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** How long the provider asked to wait (from {@code Retry-After}), when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
