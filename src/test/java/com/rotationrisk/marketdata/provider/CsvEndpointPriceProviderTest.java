package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import com.rotationrisk.marketdata.provider.ReplayServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A firm's own CSV endpoint (URL template) against a local server that serves recorded files. */
class CsvEndpointPriceProviderTest {

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

    private CsvEndpointPriceProvider provider(String urlTemplate) {
        return new CsvEndpointPriceProvider(new OnlinePricesSettings(true, "csv-endpoint", null, null, urlTemplate,
                Duration.ofSeconds(2), 2, 0, null), time, time);
    }

    private CsvEndpointPriceProvider provider() {
        return provider(server.baseUrl() + "/daily?s={symbol}&i=d");
    }

    private static PriceProviderException failure(CsvEndpointPriceProvider provider, String symbol) {
        return catchThrowableOfType(PriceProviderException.class, () -> provider.fetchDaily(symbol));
    }

    @Test
    void readsTheRecordedFileWithThePriceFileParser() throws Exception {
        server.then(Reply.fixture(CSV, "csv-endpoint/daily-yahoo.csv"));
        CsvEndpointPriceProvider endpoint = provider();

        ProviderHistory history = endpoint.fetchDaily("AAPL");

        assertThat(server.requests()).containsExactly("/daily?s=AAPL&i=d");
        assertThat(endpoint.id()).isEqualTo("csv-endpoint");
        assertThat(endpoint.name()).isEqualTo("127.0.0.1");
        assertThat(history.providerName()).isEqualTo("127.0.0.1");
        assertThat(history.malformedRows()).isEmpty();
        assertThat(history.bars()).containsExactly(
                new ProviderBar(LocalDate.of(2024, 1, 2), 187.149994, 188.440002, 183.889999, 185.639999, 82_488_700L),
                new ProviderBar(LocalDate.of(2024, 1, 3), 184.220001, 185.880005, 183.429993, 184.25, 58_414_500L),
                new ProviderBar(LocalDate.of(2024, 1, 4), 182.149994, 183.089996, 180.880005, 181.910004, 71_983_600L));
        assertThat(history.fetchedAt()).isEqualTo(FakeTime.START);
    }

    @Test
    void rowsTheParserRejectsAreMalformedRows() throws Exception {
        server.then(Reply.fixture(CSV, "csv-endpoint/malformed-row.csv"));

        ProviderHistory history = provider().fetchDaily("AAPL");

        assertThat(history.malformedRows()).singleElement().asString()
                .startsWith("row 2: ").contains("'abc'");
        assertThat(history.bars()).extracting(ProviderBar::date)
                .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 4));
    }

    @Test
    void http404MeansAnUnknownSymbol() {
        server.then(Reply.status(404));

        PriceProviderException e = failure(provider(), "NOPE");

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_SYMBOL);
        assertThat(e).hasMessage("127.0.0.1 does not know the symbol 'NOPE' (HTTP 404)");
    }

    @Test
    void anHtmlPageIsABadResponse() {
        server.then(Reply.fixture("text/html", "stooq/html-error.html"));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessage("127.0.0.1 answered with an HTML page instead of CSV (HTTP 200)");
    }

    @Test
    void anEmptyBodyIsABadResponse() {
        server.then(Reply.status(200));

        assertThat(failure(provider(), "AAPL").kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void aLayoutTheParserDoesNotKnowIsABadResponse() {
        server.then(Reply.ok(CSV, "Day;Last\n2024-01-02;185.64\n".getBytes(StandardCharsets.UTF_8)));

        PriceProviderException e = failure(provider(), "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e).hasMessageContaining("is not a price file this app reads");
    }

    @Test
    void anUnreachableServerIsUnavailableAfterTheRetries() {
        CsvEndpointPriceProvider closed = provider("http://127.0.0.1:9/daily?s={symbol}");

        PriceProviderException e = failure(closed, "AAPL");

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e).hasMessageStartingWith("Could not reach 127.0.0.1 (127.0.0.1:9)")
                .hasMessageContaining("gave up after 3 attempts");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aTemplateWithoutTheSymbolPlaceholderIsRefusedAtStart() {
        assertThatThrownBy(() -> provider("http://x/daily"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{symbol}");
        assertThatThrownBy(() -> provider(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url-template");
    }
}
