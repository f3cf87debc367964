package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.marketdata.PriceFetchService.Outcome;
import com.rotationrisk.marketdata.PriceFetchService.SymbolResult;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A price fetch that fails is counted in {@code rotationrisk.price.fetch.failures} by outcome, and an administrator
 * reads the count from the metrics endpoint. The provider is a server on loopback that answers in Alpha Vantage's
 * format: an error body for one symbol, HTTP 503 for another, a rate-limit notice for a third (last: after
 * it the batch asks for nothing more). Its own context,
 * because only here is an online provider switched on.
 */
@IntegrationTest
class PriceFetchFailureMetricsTest {

    private static final Map<String, Answer> ANSWERS = Map.of(
            "IBM", new Answer(200, "{\"Error Message\": \"Invalid API call. Please retry or visit the documentation"
                    + " (https://www.alphavantage.co/documentation/) for TIME_SERIES_DAILY.\"}"),
            "GE", new Answer(200, "{\"Note\": \"Thank you for using Alpha Vantage! Our standard API call frequency is"
                    + " 5 calls per minute and 500 calls per day.\"}"),
            "KO", new Answer(503, "Service Unavailable"));
    private static final HttpServer PROVIDER = start();

    @Autowired PriceFetchService fetch;
    @Autowired MeterRegistry meters;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy securityContext;

    private record Answer(int status, String body) {
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("rotationrisk.marketdata.online.enabled", () -> "true");
        registry.add("rotationrisk.marketdata.online.provider", () -> "alpha-vantage");
        registry.add("rotationrisk.marketdata.online.base-url",
                () -> "http://127.0.0.1:" + PROVIDER.getAddress().getPort());
        registry.add("rotationrisk.marketdata.online.api-key", () -> "local-test-key");
        registry.add("rotationrisk.marketdata.online.requests-per-minute", () -> "0");
        registry.add("rotationrisk.marketdata.online.max-retries", () -> "0");
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/query", PriceFetchFailureMetricsTest::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        Answer answer = ANSWERS.entrySet().stream().filter(e -> query.contains("symbol=" + e.getKey() + "&")
                        || query.endsWith("symbol=" + e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(new Answer(200, "{}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    private double failures(Outcome outcome) {
        return meters.counter("rotationrisk.price.fetch.failures", "outcome", outcome.name()).count();
    }

    @Test
    void eachFailedFetchIsCountedByOutcomeAndAnAdministratorReadsTheCount() throws Exception {
        double unknownBefore = failures(Outcome.UNKNOWN_SYMBOL);
        double rateLimitedBefore = failures(Outcome.RATE_LIMITED);
        double failedBefore = failures(Outcome.FAILED);

        List<SymbolResult> results = new SecurityTestSupport(users, securityContext).as("admin",
                () -> fetch.fetch(List.of("IBM", "KO", "GE")));

        assertThat(results).extracting(SymbolResult::outcome)
                .containsExactly(Outcome.UNKNOWN_SYMBOL, Outcome.FAILED, Outcome.RATE_LIMITED);
        assertThat(failures(Outcome.UNKNOWN_SYMBOL)).isEqualTo(unknownBefore + 1);
        assertThat(failures(Outcome.RATE_LIMITED)).isEqualTo(rateLimitedBefore + 1);
        assertThat(failures(Outcome.FAILED)).isEqualTo(failedBefore + 1);

        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login").param("username", "admin")
                .param("password", "admin-demo-2026").with(csrf())).andReturn().getRequest().getSession(false);
        mvc.perform(get("/actuator/metrics/rotationrisk.price.fetch.failures").param("tag", "outcome:FAILED")
                        .session(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").value(failedBefore + 1));
    }
}
