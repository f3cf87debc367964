package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import com.rotationrisk.marketdata.provider.ReplayServer.Reply;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, waits, rate limit and size limit of the shared HTTP client. */
class ProviderHttpTest {

    private ReplayServer server;
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProviderHttp http(int maxRetries, int requestsPerMinute, long maxBodyBytes) {
        return new ProviderHttp("Test", Duration.ofSeconds(2), maxRetries, requestsPerMinute, Duration.ofSeconds(30),
                maxBodyBytes, time, time);
    }

    private ProviderHttp.Response get(ProviderHttp http) throws PriceProviderException {
        return http.get(URI.create(server.baseUrl() + "/x"), "*/*", "a test");
    }

    private static HttpHeaders retryAfter(String value) {
        return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (a, b) -> true);
    }

    @Test
    void backoffDoublesFromOneSecondAndIsCapped() {
        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(ProviderHttp::backoff).toList()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(8), Duration.ofSeconds(8));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        ProviderHttp http = http(3, 0, 1000);
        String inNinety = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(90).atOffset(ZoneOffset.UTC));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.minusSeconds(90).atOffset(ZoneOffset.UTC));

        assertThat(http.retryAfter(retryAfter("7"))).contains(Duration.ofSeconds(7));
        assertThat(http.retryAfter(retryAfter(inNinety))).contains(Duration.ofSeconds(90));
        assertThat(http.retryAfter(retryAfter(past))).contains(Duration.ZERO);
        assertThat(http.retryAfter(retryAfter("soon"))).isEmpty();
        assertThat(http.retryAfter(HttpHeaders.of(Map.of(), (a, b) -> true))).isEmpty();
    }

    @Test
    void http429WithoutRetryAfterBacksOffAndFinallyIsRateLimited() {
        server.always(Reply.status(429));

        PriceProviderException e = catchThrowableOfType(PriceProviderException.class, () -> get(http(2, 0, 1000)));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e).hasMessage("Test rate limit reached (HTTP 429) for a test (gave up after 3 attempts)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aServerErrorAskingForTooLongAWaitFailsAtOnce() {
        server.always(Reply.status(503).header("Retry-After", "120"));

        PriceProviderException e = catchThrowableOfType(PriceProviderException.class, () -> get(http(3, 0, 1000)));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e).hasMessage("Test is unavailable (HTTP 503) and asks to retry after 120 s");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void otherClientErrorsAreReturnedWithoutRetrying() throws Exception {
        server.always(Reply.status(400));

        assertThat(get(http(3, 0, 1000)).status()).isEqualTo(400);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aBodyOverTheSizeLimitIsABadResponseAndNotRetried() {
        server.always(Reply.ok("text/csv", new byte[2048]));

        PriceProviderException e = catchThrowableOfType(PriceProviderException.class, () -> get(http(3, 0, 1000)));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("Test sent a response larger than the limit of 1000 bytes");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aBodyAtTheSizeLimitIsAccepted() throws Exception {
        server.always(Reply.ok("text/csv", new byte[1000]));

        assertThat(get(http(3, 0, 1000)).body()).hasSize(1000);
    }

    @Test
    void theRateLimiterSpacesRequestsRetriesIncluded() throws Exception {
        server.then(Reply.status(200), Reply.status(503), Reply.status(200));
        ProviderHttp http = http(3, 20, 1000); // one request every 3 s

        get(http);
        get(http); // 503, backoff 1 s, then waits the 2 s left of its slot

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(http.spacing()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void settingsOutsideTheBoundsAreRefused() {
        assertThatThrownBy(() -> http(11, 0, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> http(-1, 0, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> http(3, -5, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waitsAreFormattedForPeople() {
        assertThat(ProviderHttp.seconds(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(ProviderHttp.seconds(Duration.ofMillis(1500))).isEqualTo("2 s");
        assertThat(ProviderHttp.seconds(Duration.ofSeconds(60))).isEqualTo("60 s");
    }
}
