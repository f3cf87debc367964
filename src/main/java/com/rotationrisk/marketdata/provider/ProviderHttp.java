package com.rotationrisk.marketdata.provider;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a provider: one {@link HttpClient} with connect and request timeouts, GET with a
 * bounded number of retries, and a client-side rate limiter.
 *
 * <ul>
 *   <li>Retried: I/O errors and timeouts, HTTP 5xx and HTTP 429 — at most {@code maxRetries} times,
 *       waiting 1 s, 2 s, 4 s, … (capped at 8 s) in between.</li>
 *   <li>HTTP 429 (and 5xx) with {@code Retry-After} (seconds or an HTTP date): that wait instead of the
 *       backoff; if it is longer than {@code maxRetryAfter}, no wait at all: {@link Kind#RATE_LIMITED}
 *       (for 5xx {@link Kind#UNAVAILABLE}) naming the wait.</li>
 *   <li>Every attempt, retries included, waits for its slot: requests are at least
 *       {@code 60 s / requestsPerMinute} apart (0 switches the limiter off).</li>
 *   <li>Bodies larger than {@code maxBodyBytes} (50 MB) are refused as {@link Kind#BAD_RESPONSE}.</li>
 *   <li>Any other status (2xx, other 4xx) is returned for the provider to interpret.</li>
 * </ul>
 * Waiting and time go through {@link Sleeper} and {@link Clock}. URIs are never put into messages or
 * logs, because they may carry an API key.
 */
final class ProviderHttp {

    static final long MAX_BODY_BYTES = 50L * 1024 * 1024;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    static final int MAX_RETRIES_LIMIT = 10;

    private static final Logger log = LoggerFactory.getLogger(ProviderHttp.class);
    private static final String USER_AGENT = "RotationRisk (daily price import)";

    /** A response the provider has to interpret. */
    record Response(int status, HttpHeaders headers, byte[] body) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** The body as UTF-8 text without a byte-order mark. */
        String text() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private final String providerName;
    private final HttpClient client;
    private final Duration timeout;
    private final int maxRetries;
    private final Duration spacing;
    private final Duration maxRetryAfter;
    private final long maxBodyBytes;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock slotLock = new ReentrantLock();
    private Instant nextSlot = Instant.MIN;

    ProviderHttp(String providerName, Duration timeout, int maxRetries, int requestsPerMinute, Duration maxRetryAfter,
                 long maxBodyBytes, Clock clock, Sleeper sleeper) {
        if (timeout == null || !timeout.isPositive()) {
            throw new IllegalArgumentException("The timeout must be positive");
        }
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES_LIMIT);
        }
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must not be negative");
        }
        this.providerName = providerName;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.spacing = requestsPerMinute == 0 ? Duration.ZERO : Duration.ofMinutes(1).dividedBy(requestsPerMinute);
        this.maxRetryAfter = maxRetryAfter;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Built from the settings; {@code defaultRequestsPerMinute} applies when the settings name none. */
    static ProviderHttp of(String providerName, OnlinePricesSettings settings, int defaultRequestsPerMinute,
                           Clock clock, Sleeper sleeper) {
        return new ProviderHttp(providerName, settings.timeout(), settings.maxRetries(),
                settings.requestsPerMinuteOr(defaultRequestsPerMinute), settings.maxRetryAfter(), MAX_BODY_BYTES,
                clock, sleeper);
    }

    Duration spacing() {
        return spacing;
    }

    /**
     * GETs {@code uri}, retrying as described above. {@code what} names the request in messages and logs
     * (for example "the daily history of 'AAPL'"); it must not contain secrets.
     */
    Response get(URI uri, String accept, String what) throws PriceProviderException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept)
                .header("User-Agent", USER_AGENT).GET().build();
        String where = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        int attempts = maxRetries + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            boolean last = attempt == attempts;
            waitForSlot();
            Response response;
            try {
                response = send(request);
            } catch (IOException e) {
                String problem = describe(e);
                if (last) {
                    throw new PriceProviderException(Kind.UNAVAILABLE, "Could not reach " + providerName + " ("
                            + where + ") for " + what + ": " + problem + attemptsNote(attempts), e);
                }
                Duration wait = backoff(attempt);
                log.info("{}: {} for {} (attempt {} of {}); retrying in {}", providerName, problem, what, attempt,
                        attempts, seconds(wait));
                pause(wait, what);
                continue;
            }
            int status = response.status();
            if (status != 429 && status < 500) {
                return response;
            }
            Optional<Duration> retryAfter = retryAfter(response.headers());
            if (status == 429) {
                if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
                    throw new PriceProviderException(Kind.RATE_LIMITED, providerName + " rate limit reached; retry after "
                            + seconds(retryAfter.get()), retryAfter.get(), null);
                }
                if (last) {
                    throw new PriceProviderException(Kind.RATE_LIMITED, providerName
                            + " rate limit reached (HTTP 429) for " + what + attemptsNote(attempts)
                            + retryAfter.map(d -> "; retry after " + seconds(d)).orElse(""),
                            retryAfter.orElse(null), null);
                }
            } else {
                if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
                    throw new PriceProviderException(Kind.UNAVAILABLE, providerName + " is unavailable (HTTP " + status
                            + ") and asks to retry after " + seconds(retryAfter.get()), retryAfter.get(), null);
                }
                if (last) {
                    throw new PriceProviderException(Kind.UNAVAILABLE, providerName + " is unavailable (HTTP " + status
                            + ") for " + what + attemptsNote(attempts));
                }
            }
            Duration wait = retryAfter.isPresent() ? retryAfter.get() : backoff(attempt);
            log.info("{}: HTTP {} for {} (attempt {} of {}); retrying in {}", providerName, status, what, attempt,
                    attempts, seconds(wait));
            pause(wait, what);
        }
        throw new IllegalStateException("unreachable: every attempt returns or throws");
    }

    /** 1 s, 2 s, 4 s, … after the first, second, third failed attempt; never more than {@link #MAX_BACKOFF}. */
    static Duration backoff(int failedAttempt) {
        int doublings = Math.min(failedAttempt - 1, 10);
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** {@code Retry-After} as a wait from now: delta-seconds or an HTTP date; empty when absent or unreadable. */
    Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1000)); // absurdly long: treated as over the cap
            }
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            log.debug("{}: ignoring unreadable Retry-After '{}'", providerName, text);
            return Optional.empty();
        }
    }

    private Response send(HttpRequest request) throws IOException, PriceProviderException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> new CappedBody(maxBodyBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            // The request timeout covers the wait for the headers; this covers a body that trickles in.
            HttpResponse<byte[]> response = future.get(timeout.toMillis() + 100, TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("request timed out");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PriceProviderException(Kind.UNAVAILABLE, "Interrupted while waiting for " + providerName, e);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLarge) {
                    throw new PriceProviderException(Kind.BAD_RESPONSE, providerName
                            + " sent a response larger than the limit of " + size(maxBodyBytes));
                }
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause() == null ? "request failed" : e.getCause().toString(), e.getCause());
        }
    }

    private void waitForSlot() throws PriceProviderException {
        if (spacing.isZero()) {
            return;
        }
        Duration wait;
        slotLock.lock();
        try {
            Instant now = clock.instant();
            Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
            nextSlot = slot.plus(spacing);
            wait = Duration.between(now, slot);
        } finally {
            slotLock.unlock();
        }
        if (wait.isPositive()) {
            log.debug("{}: waiting {} to stay within its request rate", providerName, wait);
            pause(wait, "the next request");
        }
    }

    private void pause(Duration wait, String what) throws PriceProviderException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PriceProviderException(Kind.UNAVAILABLE, "Interrupted while waiting to ask " + providerName
                    + " for " + what, e);
        }
    }

    private String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + seconds(timeout);
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String attemptsNote(int attempts) {
        return attempts == 1 ? "" : " (gave up after " + attempts + " attempts)";
    }

    /** "2 s", "300 ms", rounded up to whole seconds from one second on. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return (millis + 999) / 1000 + " s";
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Signals a body over the size limit; never retried. */
    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("response body too large", null, false, false);
        }
    }

    /** Collects the body up to a limit and gives up as soon as it is exceeded. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long cap;
        private final long declaredLength;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;
        private boolean finished;

        CappedBody(long cap, long declaredLength) {
            this.cap = cap;
            this.declaredLength = declaredLength;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredLength > cap) {
                fail(s);
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (finished) {
                return;
            }
            for (ByteBuffer item : items) {
                if (out.size() + (long) item.remaining() > cap) {
                    fail(subscription);
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!finished) {
                finished = true;
                result.completeExceptionally(throwable);
            }
        }

        @Override
        public void onComplete() {
            if (!finished) {
                finished = true;
                result.complete(out.toByteArray());
            }
        }

        private void fail(Flow.Subscription s) {
            finished = true;
            s.cancel();
            result.completeExceptionally(new BodyTooLarge());
        }
    }
}
