package com.rotationrisk.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server that answers like Alpha Vantage's {@code /query} endpoint (TIME_SERIES_DAILY and
 * OVERVIEW, in their documented JSON shapes), on loopback only, for the browser test of today's
 * portfolios. Series are generated deterministically per symbol: 320 weekdays ending on {@link #LAST}.
 */
final class AlphaVantageReplay {

    static final LocalDate LAST = LocalDate.of(2026, 1, 9);
    private static final Map<String, String> OVERVIEW = Map.of(
            "V", overview("V", "Common Stock", "Visa Inc", "FINANCIAL SERVICES", "SERVICES-BUSINESS SERVICES, NEC",
                    "650000000000"),
            "MA", overview("MA", "Common Stock", "Mastercard Inc", "FINANCIAL SERVICES",
                    "SERVICES-BUSINESS SERVICES, NEC", "520000000000"),
            "BRK.B", overview("BRK-B", "Common Stock", "Berkshire Hathaway Inc", "FINANCIAL SERVICES",
                    "FIRE, MARINE & CASUALTY INSURANCE", "1050000000000"));

    /** The one symbol whose series carries an unadjusted split, for the data-quality gate. */
    static final String UNADJUSTED_SPLIT = "KO";

    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    private AlphaVantageReplay(HttpServer server) {
        this.server = server;
    }

    static AlphaVantageReplay start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AlphaVantageReplay replay = new AlphaVantageReplay(server);
            server.createContext("/query", replay::answer);
            server.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        String symbol = query.getOrDefault("symbol", "").toUpperCase(Locale.ROOT);
        requests.add(query.get("function") + " " + symbol);
        String body = switch (query.getOrDefault("function", "")) {
            case "TIME_SERIES_DAILY" -> daily(symbol);
            case "OVERVIEW" -> OVERVIEW.getOrDefault(symbol, "{}");
            default -> "{\"Error Message\": \"This API function does not exist.\"}";
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A deterministic path per symbol: a drift and two waves, so indicators have something to measure. */
    static String daily(String symbol) {
        int seed = Math.abs(symbol.hashCode() % 97);
        double base = 40 + seed * 3.1;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LAST; days.size() < 320; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        StringBuilder json = new StringBuilder("{\n  \"Meta Data\": {\"1. Information\": \"Daily Prices (open, high,"
                + " low, close) and Volumes\", \"2. Symbol\": \"" + symbol + "\", \"3. Last Refreshed\": \"" + LAST
                + "\", \"4. Output Size\": \"Full size\", \"5. Time Zone\": \"US/Eastern\"},\n"
                + "  \"Time Series (Daily)\": {\n");
        for (int i = 0; i < days.size(); i++) {
            int t = days.size() - i;
            double close = base * (1 + 0.0012 * t + 0.06 * Math.sin(t / (9.0 + seed % 5)) + 0.02 * Math.cos(t / 3.0));
            if (symbol.equals(UNADJUSTED_SPLIT) && i < 20) {
                close /= 2; // a 2-for-1 split 20 sessions ago that the series does not adjust for
            }
            double open = close * (1 - 0.004 * Math.sin(t));
            double high = Math.max(open, close) * 1.008;
            double low = Math.min(open, close) * 0.992;
            long volume = 1_000_000 + (long) (400_000 * (1 + Math.sin(t / 5.0 + seed)));
            json.append(String.format(Locale.ROOT, "    \"%s\": {\"1. open\": \"%.4f\", \"2. high\": \"%.4f\","
                    + " \"3. low\": \"%.4f\", \"4. close\": \"%.4f\", \"5. volume\": \"%d\"}%s%n", days.get(i), open,
                    high, low, close, volume, i + 1 < days.size() ? "," : ""));
        }
        return json.append("  }\n}\n").toString();
    }

    private static String overview(String symbol, String type, String name, String sector, String industry,
                                   String cap) {
        return "{\"Symbol\": \"" + symbol + "\", \"AssetType\": \"" + type + "\", \"Name\": \"" + name
                + "\", \"Exchange\": \"NYSE\", \"Currency\": \"USD\", \"Sector\": \"" + sector + "\", \"Industry\": \""
                + industry + "\", \"MarketCapitalization\": \"" + cap + "\"}";
    }

    void stop() {
        server.stop(0);
    }
}
