package com.rotationrisk.marketdata.provider;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stooq's CSV download of daily bars: {@code https://stooq.com/q/d/l/?s=aapl.us&i=d}, no key needed
 * (an optional {@code apikey} is sent when one is configured). The answer is CSV with the header
 * {@code Date,Open,High,Low,Close,Volume}, oldest row first. Stooq answers HTTP 200 in every case:
 * a body {@code No data} for a symbol it does not know, {@code Exceeded the daily hits limit} when the
 * daily quota is used up, and sometimes an HTML page (for example a browser check). Stooq publishes no
 * rate limit; the default of {@value #DEFAULT_REQUESTS_PER_MINUTE} requests a minute is meant to be polite.
 *
 * <p>Symbols: US tickers get Stooq's {@code .us} suffix, in lower case, with a share-class dot written as
 * a dash ({@code BRK.B} → {@code brk-b.us}); a symbol that already ends in one of Stooq's market suffixes
 * ({@code SAP.DE}) or is an index ({@code ^SPX}) is passed on in lower case.
 */
public final class StooqPriceProvider implements PriceProvider {

    public static final String ID = "stooq";
    public static final String DEFAULT_BASE_URL = "https://stooq.com";
    static final int DEFAULT_REQUESTS_PER_MINUTE = 30;
    static final String NAME = "Stooq";

    private static final Set<String> MARKET_SUFFIXES = Set.of("us", "uk", "de", "jp", "hk", "hu", "v");
    private static final List<String> REQUIRED_COLUMNS = List.of("date", "open", "high", "low", "close");

    private final String baseUrl;
    private final String apiKey;
    private final ProviderHttp http;
    private final Clock clock;

    public StooqPriceProvider(OnlinePricesSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    StooqPriceProvider(OnlinePricesSettings settings, Clock clock, Sleeper sleeper) {
        this.baseUrl = settings.baseUrlOr(DEFAULT_BASE_URL);
        this.apiKey = settings.apiKey();
        this.clock = clock;
        this.http = ProviderHttp.of(NAME, settings, DEFAULT_REQUESTS_PER_MINUTE, clock, sleeper);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderHistory fetchDaily(String symbol) throws PriceProviderException {
        String stooqSymbol = stooqSymbol(symbol);
        URI uri = URI.create(baseUrl + "/q/d/l/?s=" + URLEncoder.encode(stooqSymbol, StandardCharsets.UTF_8) + "&i=d"
                + (apiKey == null ? "" : "&apikey=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
        ProviderHttp.Response response = http.get(uri, "text/csv, text/plain;q=0.9, */*;q=0.1",
                "the daily history of '" + symbol + "'");
        ProviderResponses.requireSuccess(NAME, response, symbol, false);
        String body = response.text();
        if (body.contains("Exceeded the daily hits limit")) {
            throw new PriceProviderException(Kind.RATE_LIMITED,
                    "Stooq's daily download limit is used up (\"Exceeded the daily hits limit\"); try again tomorrow");
        }
        String text = ProviderResponses.requireContent(NAME, response, symbol, "CSV");
        if (text.strip().toLowerCase(Locale.ROOT).startsWith("no data")) {
            throw new PriceProviderException(Kind.UNKNOWN_SYMBOL, "Stooq does not know the symbol '" + symbol
                    + "' (asked for " + stooqSymbol + ")");
        }
        return parse(symbol, text);
    }

    /** Stooq's spelling of an app symbol: {@code AAPL} → {@code aapl.us}, {@code BRK.B} → {@code brk-b.us}. */
    static String stooqSymbol(String symbol) {
        String s = symbol.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("^")) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        if (dot > 0 && MARKET_SUFFIXES.contains(s.substring(dot + 1))) {
            return s.substring(0, dot).replace('.', '-') + s.substring(dot);
        }
        return s.replace('.', '-') + ".us";
    }

    private ProviderHistory parse(String symbol, String text) throws PriceProviderException {
        List<String> lines = text.lines().toList();
        List<String> header = Arrays.stream(lines.get(0).split(",", -1))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.containsAll(REQUIRED_COLUMNS)) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, "Stooq's answer for '" + symbol
                    + "' does not start with the CSV header Date,Open,High,Low,Close,Volume (it starts with '"
                    + ProviderResponses.firstLine(text) + "')");
        }
        int date = header.indexOf("date");
        int open = header.indexOf("open");
        int high = header.indexOf("high");
        int low = header.indexOf("low");
        int close = header.indexOf("close");
        int volume = header.indexOf("volume");
        BarCollector rows = new BarCollector();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String label = "row " + i;
            String[] cells = line.split(",", -1);
            if (cells.length < header.size()) {
                rows.malformed(label, "has " + cells.length + " values, expected " + header.size());
                continue;
            }
            rows.add(label, cells[date], cells[open], cells[high], cells[low], cells[close],
                    volume < 0 ? null : cells[volume]);
        }
        return new ProviderHistory(symbol, NAME, rows.bars(), List.of(), rows.malformedRows(), clock.instant());
    }
}
