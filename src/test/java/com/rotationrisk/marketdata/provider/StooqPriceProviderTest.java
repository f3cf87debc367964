package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import com.rotationrisk.marketdata.provider.ReplayServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stooq's CSV download against a local server replaying the documented answers. */
class StooqPriceProviderTest {

    private static final String CSV = "text/csv";

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
    private StooqPriceProvider provider() {
        return provider(null, Duration.ofSeconds(5), 3, 0);
    }

    private StooqPriceProvider provider(String apiKey, Duration timeout, int maxRetries, Integer requestsPerMinute) {
        return new StooqPriceProvider(new OnlinePricesSettings(true, "stooq", server.baseUrl(), apiKey, null, timeout,
                maxRetries, requestsPerMinute, Duration.ofSeconds(30)), time, time);
    }

    private PriceProviderException failure(StooqPriceProvider provider, String symbol) {
        return catchThrowableOfType(PriceProviderException.class, () -> provider.fetchDaily(symbol));
    }

    @Test
    void readsTheDocumentedCsvDownload() throws Exception {
        server.then(Reply.fixture(CSV, "stooq/aapl-daily.csv"));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(server.requests()).containsExactly("/q/d/l/?s=aapl.us&i=d");
        assertThat(history.symbol()).isEqualTo("AAPL");
        assertThat(history.providerName()).isEqualTo("Stooq");
        assertThat(history.fetchedAt()).isEqualTo(FakeTime.START);
        assertThat(history.malformedRows()).isEmpty();
        assertThat(history.splits()).isEmpty();
        assertThat(history.bars()).hasSize(5);
        assertThat(history.bars().get(0)).isEqualTo(new ProviderBar(LocalDate.of(2024, 1, 2), 186.033, 187.315,
                182.839, 184.532, 82_488_674L));
        assertThat(history.bars().get(3)).isEqualTo(new ProviderBar(LocalDate.of(2024, 1, 5), 180.911, 181.6,
                178.945, 180.109, 62_379_661L));
        assertThat(history.bars().get(4)).isEqualTo(new ProviderBar(LocalDate.of(2024, 1, 8), 181.057, 184.627,
                180.466, 184.453, 59_144_470L));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void acceptsWindowsLineEndingsAVolumeInExponentFormAndAMissingVolume() throws Exception {
        server.then(Reply.ok(CSV, ("Date,Open,High,Low,Close,Volume\r\n2024-01-03,183.118,184.528,182.103,183.157,"
                + "9.873e+07\r\n2024-01-02,186.033,187.315,182.839,184.532,\r\n").getBytes(StandardCharsets.UTF_8)));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(history.bars()).extracting(ProviderBar::date)
                .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
        assertThat(history.bars().get(0).volume()).isNull();
        assertThat(history.bars().get(1).volume()).isEqualTo(98_730_000L);
    }

    @Test
    void writesSymbolsTheWayStooqSpellsThem() {
        assertThat(StooqPriceProvider.stooqSymbol("AAPL")).isEqualTo("aapl.us");
        assertThat(StooqPriceProvider.stooqSymbol("BRK.B")).isEqualTo("brk-b.us");
        assertThat(StooqPriceProvider.stooqSymbol("SAP.DE")).isEqualTo("sap.de");
        assertThat(StooqPriceProvider.stooqSymbol("aapl.us")).isEqualTo("aapl.us");
        assertThat(StooqPriceProvider.stooqSymbol("^SPX")).isEqualTo("^spx");
    }

    @Test
    void anIndexSymbolIsUrlEncoded() throws Exception {
        server.then(Reply.fixture(CSV, "stooq/aapl-daily.csv"));
        provider().fetchDaily("^SPX");
        assertThat(server.requests()).containsExactly("/q/d/l/?s=%5Espx&i=d");
    }

    @Test
    void noDataMeansAnUnknownSymbol() {
        server.then(Reply.fixture("text/plain", "stooq/no-data.txt"));

        PriceProviderException e = failure(provider(), "XYZ");

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_SYMBOL);
        assertThat(e).hasMessageStartingWith("Stooq does not know the symbol 'XYZ'").hasMessageContaining("xyz.us");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void anHtmlPageIsABadResponse() {
        server.then(Reply.fixture("text/html; charset=utf-8", "stooq/html-error.html"));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("Stooq answered with an HTML page instead of CSV (HTTP 200)");
    }

    @Test
    void anEmptyBodyIsABadResponse() {
        server.then(Reply.status(200));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("Stooq returned an empty body for 'AAPL' (HTTP 200)");
    }

    @Test
    void aBodyThatIsNotTheDocumentedCsvIsABadResponse() {
        server.then(Reply.ok(CSV, "Symbol,Price\nAAPL,184.53\n".getBytes(StandardCharsets.UTF_8)));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessageContaining("does not start with the CSV header Date,Open,High,Low,Close,Volume")
                .hasMessageContaining("'Symbol,Price'");
    }

    @Test
    void theExhaustedDailyQuotaIsRateLimited() {
        server.then(Reply.fixture("text/html", "stooq/daily-hits-limit.txt"));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e).hasMessageContaining("Exceeded the daily hits limit");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void http429WithRetryAfterIsWaitedForAndThenSucceeds() throws Exception {
        server.then(Reply.status(429).header("Retry-After", "2"), Reply.fixture(CSV, "stooq/aapl-daily.csv"));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(history.bars()).hasSize(5);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceWithoutWaiting() {
        server.then(Reply.status(429).header("Retry-After", "3600"));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e).hasMessage("Stooq rate limit reached; retry after 3600 s");
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws Exception {
        server.then(Reply.status(503), Reply.status(503), Reply.fixture(CSV, "stooq/aapl-daily.csv"));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(history.bars()).hasSize(5);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void serverErrorsBeyondTheRetriesMakeStooqUnavailable() {
        server.always(Reply.status(502));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e).hasMessageContaining("Stooq is unavailable (HTTP 502)").hasMessageContaining("4 attempts");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void aSlowAnswerTimesOutAndIsUnavailableAfterTheRetries() throws Exception {
        server.always(Reply.fixture(CSV, "stooq/aapl-daily.csv").delayed(Duration.ofSeconds(3)));
        long started = System.nanoTime();

        PriceProviderException e = failure(provider(null, Duration.ofMillis(300), 2, 0), "AAPL");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e).hasMessageStartingWith("Could not reach Stooq (127.0.0.1:")
                .hasMessageContaining("no answer within 300 ms").hasMessageContaining("gave up after 3 attempts");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.awaitRequests(3)).hasSize(3);
    }

    @Test
    void malformedRowsAreReportedAndTheOtherRowsKept() throws Exception {
        server.then(Reply.fixture(CSV, "stooq/malformed-row.csv"));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(history.malformedRows()).containsExactly(
                "row 3: close 'abc' is not a number",
                "row 4: date '2024-01-0x' is not a date (expected yyyy-MM-dd)");
        assertThat(history.bars()).extracting(ProviderBar::date).containsExactly(
                LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 8));
    }

    @Test
    void valuesAreNotJudgedForPlausibility() throws Exception {
        server.then(Reply.ok(CSV, "Date,Open,High,Low,Close,Volume\n2024-01-02,10,5,20,-1,0\n"
                .getBytes(StandardCharsets.UTF_8)));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(history.bars()).containsExactly(new ProviderBar(LocalDate.of(2024, 1, 2), 10.0, 5.0, 20.0, -1.0, 0L));
        assertThat(history.malformedRows()).isEmpty();
    }

    @Test
    void theDefaultRateLimitSpacesRequestsTwoSecondsApart() throws Exception {
        server.always(Reply.fixture(CSV, "stooq/aapl-daily.csv"));
        StooqPriceProvider stooq = provider(null, Duration.ofSeconds(5), 3, null);

        for (String symbol : List.of("AAPL", "MSFT", "NVDA")) {
            stooq.fetchDaily(symbol);
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void anApiKeyIsSentWhenConfiguredButNeverShownInMessages() {
        server.then(Reply.fixture("text/html", "stooq/html-error.html"), Reply.status(429).header("Retry-After", "999"));
        StooqPriceProvider stooq = provider("stooq-secret-123", Duration.ofSeconds(5), 0, 0);

        PriceProviderException html = failure(stooq, "AAPL");
        PriceProviderException limited = failure(stooq, "AAPL");

        assertThat(server.requests().get(0)).isEqualTo("/q/d/l/?s=aapl.us&i=d&apikey=stooq-secret-123");
        assertThat(html.getMessage()).doesNotContain("stooq-secret-123");
        assertThat(limited.getMessage()).doesNotContain("stooq-secret-123");
    }

    @Test
    void hasNoProfile() throws Exception {
        assertThat(provider().profile("AAPL")).isEmpty();
        assertThat(server.requests()).isEmpty();
    }
}
