package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import com.rotationrisk.marketdata.provider.ReplayServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alpha Vantage's TIME_SERIES_DAILY and OVERVIEW against a local server replaying the documented answers. */
class AlphaVantagePriceProviderTest {

    private static final String JSON = "application/json";
    private static final String KEY = "AV-SECRET-KEY-7731";

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

    /** No client-side rate limit, so the recorded waits are the retry waits alone. */
    private AlphaVantagePriceProvider provider() {
        return provider(KEY, Duration.ofSeconds(5), 3, 0);
    }

    private AlphaVantagePriceProvider provider(String apiKey, Duration timeout, int maxRetries,
                                               Integer requestsPerMinute) {
        return new AlphaVantagePriceProvider(new OnlinePricesSettings(true, "alpha-vantage", server.baseUrl(), apiKey,
                null, timeout, maxRetries, requestsPerMinute, Duration.ofSeconds(30)), time, time);
    }

    private static PriceProviderException failure(AlphaVantagePriceProvider provider, String symbol) {
        return catchThrowableOfType(PriceProviderException.class, () -> provider.fetchDaily(symbol));
    }

    private PriceProviderException failureFor(String fixture) {
        server.then(Reply.fixture(JSON, fixture));
        return failure(provider(), "IBM");
    }

    @Test
    void readsTheDocumentedDailyTimeSeries() throws Exception {
        server.then(Reply.fixture(JSON, "alpha-vantage/ibm-daily.json"));

        ProviderHistory history = provider().fetchDaily("ibm");

        assertThat(server.requests()).containsExactly(
                "/query?function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=" + KEY);
        assertThat(history.symbol()).isEqualTo("ibm");
        assertThat(history.providerName()).isEqualTo("Alpha Vantage");
        assertThat(history.fetchedAt()).isEqualTo(FakeTime.START);
        assertThat(history.malformedRows()).isEmpty();
        assertThat(history.splits()).isEmpty();
        assertThat(history.bars()).extracting(ProviderBar::date).containsExactly(LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8));
        assertThat(history.bars().get(0)).isEqualTo(new ProviderBar(LocalDate.of(2024, 3, 4), 187.71, 197.0, 187.43,
                196.5, 7_003_962L));
        assertThat(history.bars().get(4)).isEqualTo(new ProviderBar(LocalDate.of(2024, 3, 8), 195.09, 197.77, 194.22,
                195.95, 3_937_131L));
    }

    @Test
    void anErrorMessageMeansAnUnknownSymbol() {
        server.then(Reply.fixture(JSON, "alpha-vantage/error-message.json"));

        PriceProviderException e = failure(provider(), "XYZ");

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_SYMBOL);
        assertThat(e).hasMessage("Alpha Vantage does not know the symbol 'XYZ'");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void anEmptyObjectMeansAnUnknownSymbol() {
        server.then(Reply.ok(JSON, "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(failure(provider(), "XYZ").kind()).isEqualTo(Kind.UNKNOWN_SYMBOL);
    }

    @Test
    void anErrorMessageAboutTheKeyMeansNotConfigured() {
        PriceProviderException e = failureFor("alpha-vantage/invalid-api-key.json");

        assertThat(e.kind()).isEqualTo(Kind.NOT_CONFIGURED);
        assertThat(e).hasMessageStartingWith("Alpha Vantage rejected the API key: the parameter apikey is invalid");
    }

    @Test
    void theRateLimitNoticesAreRateLimitedAndNotRetried() {
        for (String fixture : List.of("alpha-vantage/rate-limit-note.json", "alpha-vantage/rate-limit-daily.json",
                "alpha-vantage/rate-limit-burst.json")) {
            PriceProviderException e = failureFor(fixture);
            assertThat(e.kind()).as(fixture).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e).as(fixture).hasMessageStartingWith("Alpha Vantage rate limit reached: Thank you for using");
        }
        assertThat(server.requests()).hasSize(3);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aPremiumOnlyRequestMeansNotConfigured() {
        PriceProviderException e = failureFor("alpha-vantage/premium-outputsize.json");

        assertThat(e.kind()).isEqualTo(Kind.NOT_CONFIGURED);
        assertThat(e).hasMessageContaining("plan for this API key does not include this request")
                .hasMessageContaining("outputsize=full parameter value is a premium feature");
    }

    @Test
    void theDemoKeyMeansNotConfigured() {
        assertThat(failureFor("alpha-vantage/demo-key.json").kind()).isEqualTo(Kind.NOT_CONFIGURED);
    }

    @Test
    void anyOtherNoticeIsABadResponse() {
        server.then(Reply.ok(JSON, "{\"Information\": \"The service is under maintenance.\"}"
                .getBytes(StandardCharsets.UTF_8)));

        PriceProviderException e = failure(provider(), "IBM");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("Alpha Vantage answered with a notice instead of data: The service is under maintenance.");
    }

    @Test
    void anHtmlPageIsABadResponse() {
        server.then(Reply.fixture("text/html", "alpha-vantage/html-error.html"));

        PriceProviderException e = failure(provider(), "IBM");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("Alpha Vantage answered with an HTML page instead of JSON (HTTP 200)");
    }

    @Test
    void anEmptyBodyIsABadResponse() {
        server.then(Reply.status(200));

        PriceProviderException e = failure(provider(), "IBM");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("Alpha Vantage returned an empty body for 'IBM' (HTTP 200)");
    }

    @Test
    void unparseableJsonIsABadResponse() {
        server.then(Reply.ok(JSON, "{\"Meta Data\": {\"2. Symbol\": \"IBM\"".getBytes(StandardCharsets.UTF_8)));

        PriceProviderException e = failure(provider(), "IBM");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessageContaining("is not valid JSON");
    }

    @Test
    void anAnswerWithoutTheTimeSeriesIsABadResponse() {
        server.then(Reply.ok(JSON, "{\"Meta Data\": {\"2. Symbol\": \"IBM\"}}".getBytes(StandardCharsets.UTF_8)));

        PriceProviderException e = failure(provider(), "IBM");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessageContaining("has no \"Time Series (Daily)\"").hasMessageContaining("\"Meta Data\"");
    }

    @Test
    void http429WithAnHttpDateRetryAfterIsWaitedForAndThenSucceeds() throws Exception {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(5).atOffset(ZoneOffset.UTC));
        server.then(Reply.status(429).header("Retry-After", inFiveSeconds),
                Reply.fixture(JSON, "alpha-vantage/ibm-daily.json"));

        ProviderHistory history = provider().fetchDaily("IBM");

        assertThat(history.bars()).hasSize(5);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceWithoutWaiting() {
        server.then(Reply.status(429).header("Retry-After", "60"));

        PriceProviderException e = failure(provider(), "IBM");

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e).hasMessage("Alpha Vantage rate limit reached; retry after 60 s");
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws Exception {
        server.then(Reply.status(503), Reply.status(503), Reply.fixture(JSON, "alpha-vantage/ibm-daily.json"));

        ProviderHistory history = provider().fetchDaily("IBM");

        assertThat(history.bars()).hasSize(5);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aSlowAnswerTimesOutAndIsUnavailableAfterTheRetries() throws Exception {
        server.always(Reply.fixture(JSON, "alpha-vantage/ibm-daily.json").delayed(Duration.ofSeconds(3)));
        long started = System.nanoTime();

        PriceProviderException e = failure(provider(KEY, Duration.ofMillis(300), 1, 0), "IBM");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e).hasMessageContaining("no answer within 300 ms").hasMessageContaining("gave up after 2 attempts");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(server.awaitRequests(2)).hasSize(2);
    }

    @Test
    void malformedRowsAreReportedAndTheOtherRowsKept() throws Exception {
        server.then(Reply.fixture(JSON, "alpha-vantage/malformed-row.json"));

        ProviderHistory history = provider().fetchDaily("IBM");

        assertThat(history.malformedRows()).containsExactly(
                "row 2 (2024-03-07): close 'abc' is not a number",
                "row 3 (2024-02-30): date '2024-02-30' is not a date (expected yyyy-MM-dd)");
        assertThat(history.bars()).extracting(ProviderBar::date)
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8));
    }

    @Test
    void theDefaultRateLimitSpacesRequestsTwelveSecondsApart() throws Exception {
        server.then(Reply.fixture(JSON, "alpha-vantage/ibm-daily.json"), Reply.fixture(JSON, "alpha-vantage/ibm-daily.json"),
                Reply.fixture(JSON, "alpha-vantage/overview-ibm.json"));
        AlphaVantagePriceProvider alphaVantage = provider(KEY, Duration.ofSeconds(5), 3, null);

        alphaVantage.fetchDaily("IBM");
        alphaVantage.fetchDaily("MSFT");
        alphaVantage.profile("IBM");

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(12));
    }

    @Test
    void withoutAKeyNothingIsRequested() {
        AlphaVantagePriceProvider keyless = provider(null, Duration.ofSeconds(5), 3, 0);

        PriceProviderException daily = failure(keyless, "IBM");
        PriceProviderException profile = catchThrowableOfType(PriceProviderException.class,
                () -> keyless.profile("IBM"));

        assertThat(daily.kind()).isEqualTo(Kind.NOT_CONFIGURED);
        assertThat(daily).hasMessage("Alpha Vantage needs an API key: set rotationrisk.marketdata.online.api-key");
        assertThat(profile.kind()).isEqualTo(Kind.NOT_CONFIGURED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theApiKeyIsNeverInAMessage() {
        server.then(Reply.fixture(JSON, "alpha-vantage/error-message.json"),
                Reply.fixture(JSON, "alpha-vantage/invalid-api-key.json"),
                Reply.fixture(JSON, "alpha-vantage/rate-limit-daily.json"),
                Reply.fixture(JSON, "alpha-vantage/premium-outputsize.json"),
                Reply.fixture("text/html", "alpha-vantage/html-error.html"),
                Reply.ok(JSON, ("{\"Information\": \"Your key " + KEY + " is unknown.\"}").getBytes(StandardCharsets.UTF_8)),
                Reply.ok(JSON, ("not json " + KEY).getBytes(StandardCharsets.UTF_8)),
                Reply.status(429).header("Retry-After", "999"),
                Reply.status(403));
        server.always(Reply.status(503));
        AlphaVantagePriceProvider alphaVantage = provider(KEY, Duration.ofSeconds(5), 1, 0);

        List<PriceProviderException> failures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            failures.add(failure(alphaVantage, "IBM"));
        }

        assertThat(failures).hasSize(10).allSatisfy(e -> {
            assertThat(e).isNotNull();
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
            }
        });
        assertThat(failures.get(5)).hasMessageContaining("***");
        assertThat(new OnlinePricesSettings(true, "alpha-vantage", null, KEY, null, null, null, null, null).toString())
                .doesNotContain(KEY);
    }

    @Test
    void readsTheCompanyOverview() throws Exception {
        server.then(Reply.fixture(JSON, "alpha-vantage/overview-ibm.json"));

        ProviderProfile profile = provider().profile("IBM").orElseThrow();

        assertThat(server.requests()).containsExactly("/query?function=OVERVIEW&symbol=IBM&apikey=" + KEY);
        assertThat(profile).isEqualTo(new ProviderProfile("IBM", "International Business Machines", "Common Stock",
                "TECHNOLOGY", "COMPUTER & OFFICE EQUIPMENT", 179_612_451_000.0));
    }

    @Test
    void anEmptyOverviewIsNoProfile() throws Exception {
        server.then(Reply.fixture(JSON, "alpha-vantage/overview-empty.json"));

        assertThat(provider().profile("SPY")).isEmpty();
    }

    @Test
    void anOverviewWithoutValuesHasNulls() throws Exception {
        server.then(Reply.ok(JSON, ("{\"Symbol\": \"XYZ\", \"AssetType\": \"Common Stock\", \"Name\": \"XYZ Corp\","
                + " \"Sector\": \"None\", \"Industry\": \"-\", \"MarketCapitalization\": \"None\"}")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(provider().profile("XYZ")).contains(
                new ProviderProfile("XYZ", "XYZ Corp", "Common Stock", null, null, null));
    }

    @Test
    void theOverviewReportsRateLimitsLikeTheTimeSeries() {
        server.then(Reply.fixture(JSON, "alpha-vantage/rate-limit-daily.json"));

        PriceProviderException e = catchThrowableOfType(PriceProviderException.class, () -> provider().profile("IBM"));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    }
}
