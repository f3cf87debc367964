package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.marketdata.importing.PriceFileFormat;
import com.rotationrisk.marketdata.importing.PriceFileParser;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests the CSV endpoint adapter against a local HTTP server that serves a recorded file. */
class CsvEndpointPriceProviderTest {

    // Stooq daily CSV layout; the first rows of the bundled real AAPL history, rounded to 4 decimals.
    private static final String RECORDED = """
            Date,Open,High,Low,Close,Volume
            2013-05-13,64.5014,65.4143,64.5,64.9629,79237220
            2013-05-14,64.8357,65.0286,63.1643,63.4086,111779500
            2013-05-15,62.7371,63.0,60.3371,61.2643,185403400
            """;

    private HttpServer server;
    private final AtomicReference<String> requestedPath = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/daily", exchange -> {
            requestedPath.set(exchange.getRequestURI().toString());
            boolean known = exchange.getRequestURI().getQuery().contains("s=AAPL");
            byte[] body = known ? RECORDED.getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private CsvEndpointPriceProvider provider() {
        return new CsvEndpointPriceProvider(new OnlinePricesSettings(true,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/daily?s={symbol}&i=d", Duration.ofSeconds(5)));
    }

    @Test
    void fetchesTheRecordedFileWhichParsesAsStooqDailyBars() throws Exception {
        byte[] csv = provider().fetchDailyCsv("AAPL");
        assertThat(requestedPath.get()).isEqualTo("/daily?s=AAPL&i=d");
        PriceFilePreview preview = new PriceFileParser().parse(csv, LocalDate.of(2026, 1, 1));
        assertThat(preview.format()).isEqualTo(PriceFileFormat.STOOQ);
        assertThat(preview.validCount()).isEqualTo(3);
        assertThat(preview.bars().get(2).close()).isEqualTo(61.2643);
    }

    @Test
    void anHttpErrorBecomesAClearMessage() {
        assertThatThrownBy(() -> provider().fetchDailyCsv("NOPE"))
                .isInstanceOf(PriceProviderException.class).hasMessageContaining("HTTP 404 for NOPE");
    }

    @Test
    void anUnreachableServerBecomesAClearMessage() {
        CsvEndpointPriceProvider closed = new CsvEndpointPriceProvider(new OnlinePricesSettings(true,
                "http://127.0.0.1:9/daily?s={symbol}", Duration.ofSeconds(2)));
        assertThatThrownBy(() -> closed.fetchDailyCsv("AAPL"))
                .isInstanceOf(PriceProviderException.class).hasMessageContaining("Could not reach 127.0.0.1");
    }

    @Test
    void aTemplateWithoutTheSymbolPlaceholderIsRefusedAtStart() {
        assertThatThrownBy(() -> new CsvEndpointPriceProvider(new OnlinePricesSettings(true, "http://x/daily", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{symbol}");
    }
}
