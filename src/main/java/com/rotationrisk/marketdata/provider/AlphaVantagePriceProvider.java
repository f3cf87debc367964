package com.rotationrisk.marketdata.provider;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alpha Vantage's JSON API ({@code https://www.alphavantage.co/query}), which needs an API key.
 *
 * <p>Daily bars: {@code function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=…}, answered with
 * {@code "Meta Data"} and {@code "Time Series (Daily)"}, an object from date ({@code yyyy-MM-dd}) to
 * {@code {"1. open", "2. high", "3. low", "4. close", "5. volume"}}, all numbers as strings, newest first.
 * Profile: {@code function=OVERVIEW}, a flat object ({@code Symbol, AssetType, Name, Sector, Industry,
 * MarketCapitalization, …}), or {@code {}} for a symbol it has no overview of.
 *
 * <p>Alpha Vantage reports problems with HTTP 200 and a one-field body:
 * <ul>
 *   <li>{@code {"Error Message": "Invalid API call. …"}} — an unknown symbol for these fixed requests
 *       ({@link Kind#UNKNOWN_SYMBOL}); when it names the apikey, a missing or invalid key
 *       ({@link Kind#NOT_CONFIGURED});</li>
 *   <li>{@code {"Note": …}} or {@code {"Information": …}} about the call frequency or rate limit (the free
 *       key has 25 requests a day, and no more than about one a second) — {@link Kind#RATE_LIMITED}, not
 *       retried, since waiting a few seconds does not bring a daily quota back;</li>
 *   <li>{@code {"Information": …}} about a premium feature or endpoint (on a free key {@code outputsize=full}
 *       is one) or about the demo key — {@link Kind#NOT_CONFIGURED}; any other notice {@link Kind#BAD_RESPONSE}.</li>
 * </ul>
 * The key is only ever sent in the query; it is kept out of every message and log line.
 */
public final class AlphaVantagePriceProvider implements PriceProvider {

    public static final String ID = "alpha-vantage";
    public static final String DEFAULT_BASE_URL = "https://www.alphavantage.co";
    /** The free key's documented per-minute rate; it also keeps under the "one request a second" burst limit. */
    static final int DEFAULT_REQUESTS_PER_MINUTE = 5;
    static final String NAME = "Alpha Vantage";

    private static final String SERIES = "Time Series (Daily)";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> RATE_LIMIT_WORDS = List.of("rate limit", "call frequency", "per minute",
            "per day", "per second", "sparingly", "call volume");

    private final String baseUrl;
    private final String apiKey;
    private final ProviderHttp http;
    private final Clock clock;

    public AlphaVantagePriceProvider(OnlinePricesSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    AlphaVantagePriceProvider(OnlinePricesSettings settings, Clock clock, Sleeper sleeper) {
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
        JsonNode root = query("TIME_SERIES_DAILY", symbol, "&outputsize=full", "the daily history of '" + symbol + "'");
        JsonNode series = root.get(SERIES);
        if (series == null) {
            if (root.isEmpty()) {
                throw new PriceProviderException(Kind.UNKNOWN_SYMBOL, NAME + " does not know the symbol '" + symbol
                        + "' (it answered with an empty object)");
            }
            throw new PriceProviderException(Kind.BAD_RESPONSE, NAME + "'s answer for '" + symbol + "' has no \""
                    + SERIES + "\" (it has " + fieldNames(root) + ")");
        }
        if (!series.isObject()) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, NAME + "'s \"" + SERIES + "\" for '" + symbol
                    + "' is not an object");
        }
        BarCollector rows = new BarCollector();
        int row = 0;
        for (Map.Entry<String, JsonNode> entry : series.properties()) {
            row++;
            String label = "row " + row + " (" + BarCollector.shorten(entry.getKey()) + ")";
            JsonNode day = entry.getValue();
            if (!day.isObject()) {
                rows.malformed(label, "is not an object of prices");
                continue;
            }
            rows.add(label, entry.getKey(), text(day, "1. open"), text(day, "2. high"), text(day, "3. low"),
                    text(day, "4. close"), text(day, "5. volume"));
        }
        return new ProviderHistory(symbol, NAME, rows.bars(), List.of(), rows.malformedRows(), clock.instant());
    }

    /** The company overview ({@code function=OVERVIEW}); empty when Alpha Vantage answers {@code {}}. */
    @Override
    public Optional<ProviderProfile> profile(String symbol) throws PriceProviderException {
        JsonNode root = query("OVERVIEW", symbol, "", "the overview of '" + symbol + "'");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!root.has("Symbol") && !root.has("Name")) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, NAME + "'s overview of '" + symbol
                    + "' has neither Symbol nor Name (it has " + fieldNames(root) + ")");
        }
        String reported = value(root, "Symbol");
        return Optional.of(new ProviderProfile(reported == null ? symbol : reported, value(root, "Name"),
                value(root, "AssetType"), value(root, "Sector"), value(root, "Industry"),
                amount(value(root, "MarketCapitalization"))));
    }

    private JsonNode query(String function, String symbol, String extra, String what) throws PriceProviderException {
        if (apiKey == null) {
            throw new PriceProviderException(Kind.NOT_CONFIGURED,
                    NAME + " needs an API key: set rotationrisk.marketdata.online.api-key");
        }
        URI uri = URI.create(baseUrl + "/query?function=" + function + "&symbol="
                + URLEncoder.encode(symbol.strip().toUpperCase(Locale.ROOT), StandardCharsets.UTF_8) + extra
                + "&apikey=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
        ProviderHttp.Response response = http.get(uri, "application/json", what);
        ProviderResponses.requireSuccess(NAME, response, symbol, false);
        String text = ProviderResponses.requireContent(NAME, response, symbol, "JSON");
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, NAME + "'s answer for '" + symbol
                    + "' is not valid JSON (it starts with '" + redact(ProviderResponses.firstLine(text)) + "')");
        }
        if (root == null || !root.isObject()) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, NAME + "'s answer for '" + symbol
                    + "' is not a JSON object");
        }
        rejectNotices(root, symbol);
        return root;
    }

    /** Alpha Vantage's error and notice bodies, turned into the matching failure. */
    private void rejectNotices(JsonNode root, String symbol) throws PriceProviderException {
        String error = value(root, "Error Message");
        if (error != null) {
            if (mentionsKey(error)) {
                throw new PriceProviderException(Kind.NOT_CONFIGURED, NAME + " rejected the API key: "
                        + redact(error));
            }
            throw new PriceProviderException(Kind.UNKNOWN_SYMBOL, NAME + " does not know the symbol '" + symbol + "'");
        }
        String notice = value(root, "Note");
        if (notice == null) {
            notice = value(root, "Information");
        }
        if (notice == null) {
            return;
        }
        String lower = notice.toLowerCase(Locale.ROOT);
        if (RATE_LIMIT_WORDS.stream().anyMatch(lower::contains)) {
            throw new PriceProviderException(Kind.RATE_LIMITED, NAME + " rate limit reached: " + redact(notice));
        }
        if (lower.contains("premium")) {
            throw new PriceProviderException(Kind.NOT_CONFIGURED, NAME
                    + "'s plan for this API key does not include this request: " + redact(notice));
        }
        if (mentionsKey(notice)) {
            throw new PriceProviderException(Kind.NOT_CONFIGURED, NAME + " rejected the API key: " + redact(notice));
        }
        throw new PriceProviderException(Kind.BAD_RESPONSE, NAME + " answered with a notice instead of data: "
                + redact(notice));
    }

    private static boolean mentionsKey(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("apikey") || lower.contains("api key");
    }

    /** The provider's own text, shortened and with the key masked, should it ever echo it. */
    private String redact(String text) {
        String shortened = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return apiKey == null ? shortened : shortened.replace(apiKey, "***");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A text field; Alpha Vantage writes "None" or "-" where it has no value. */
    private static String value(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("None") || stripped.equals("-") ? null : stripped;
    }

    private static Double amount(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String fieldNames(JsonNode root) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (names.size() == 5) {
                names.add("…");
                break;
            }
            names.add("\"" + BarCollector.shorten(entry.getKey()) + "\"");
        }
        return names.isEmpty() ? "no fields" : String.join(", ", names);
    }
}
