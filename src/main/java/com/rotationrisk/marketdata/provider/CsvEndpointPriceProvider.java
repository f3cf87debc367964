package com.rotationrisk.marketdata.provider;

import com.rotationrisk.marketdata.importing.ParsedBar;
import com.rotationrisk.marketdata.importing.PriceFileException;
import com.rotationrisk.marketdata.importing.PriceFileParser;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import com.rotationrisk.marketdata.importing.RowProblem;
import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A firm's own CSV endpoint, from a URL template such as {@code https://host/daily?s={symbol}}. The body
 * is read by the {@link PriceFileParser} (Yahoo, Stooq or Stooq-bulk layout); the rows it rejects are
 * reported as malformed rows. HTTP 404 means the endpoint does not know the symbol.
 */
public final class CsvEndpointPriceProvider implements PriceProvider {

    public static final String ID = "csv-endpoint";
    static final int DEFAULT_REQUESTS_PER_MINUTE = 60;

    private final String urlTemplate;
    private final String name;
    private final ProviderHttp http;
    private final Clock clock;
    private final PriceFileParser parser = new PriceFileParser();

    public CsvEndpointPriceProvider(OnlinePricesSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    CsvEndpointPriceProvider(OnlinePricesSettings settings, Clock clock, Sleeper sleeper) {
        if (settings.urlTemplate() == null || !settings.urlTemplate().contains("{symbol}")) {
            throw new IllegalArgumentException(
                    "rotationrisk.marketdata.online.url-template must be set and contain {symbol}");
        }
        this.urlTemplate = settings.urlTemplate();
        String host = URI.create(urlTemplate.replace("{symbol}", "x")).getHost();
        this.name = host == null ? "CSV endpoint" : host;
        this.clock = clock;
        this.http = ProviderHttp.of(name, settings, DEFAULT_REQUESTS_PER_MINUTE, clock, sleeper);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderHistory fetchDaily(String symbol) throws PriceProviderException {
        URI uri = URI.create(urlTemplate.replace("{symbol}", URLEncoder.encode(symbol, StandardCharsets.UTF_8)));
        ProviderHttp.Response response = http.get(uri, "text/csv, text/plain;q=0.9, */*;q=0.1",
                "the daily history of '" + symbol + "'");
        ProviderResponses.requireSuccess(name, response, symbol, true);
        ProviderResponses.requireContent(name, response, symbol, "CSV");
        PriceFilePreview file;
        try {
            file = parser.parse(response.body(), LocalDate.now(clock));
        } catch (PriceFileException e) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, name + "'s answer for '" + symbol
                    + "' is not a price file this app reads: " + e.getMessage(), e);
        }
        BarCollector rows = new BarCollector();
        for (ParsedBar bar : file.bars()) {
            rows.add(row(bar.lineNumber()), new ProviderBar(bar.date(), bar.open(), bar.high(), bar.low(),
                    bar.close(), bar.volume()));
        }
        for (RowProblem problem : file.problems()) {
            rows.malformed(row(problem.lineNumber()), problem.reason());
        }
        int unlisted = file.rejectedCount() - file.problems().size();
        List<String> malformed = rows.malformedRows();
        if (unlisted > 0) {
            malformed = new ArrayList<>(malformed);
            malformed.add("… and " + unlisted + " more rejected rows not listed");
        }
        return new ProviderHistory(symbol, name, rows.bars(), List.of(), malformed, clock.instant());
    }

    /** Rows are counted from the first data row, as for the other providers (the header is line 1). */
    private static String row(int lineNumber) {
        return "row " + (lineNumber - 1);
    }
}
