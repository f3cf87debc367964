package com.rotationrisk.marketdata.provider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Fetches a symbol's daily history as CSV from a URL template such as {@code https://host/daily?s={symbol}}. */
public class CsvEndpointPriceProvider implements PriceProvider {

    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private final OnlinePricesSettings settings;
    private final HttpClient http;

    public CsvEndpointPriceProvider(OnlinePricesSettings settings) {
        if (settings.urlTemplate() == null || !settings.urlTemplate().contains("{symbol}")) {
            throw new IllegalArgumentException(
                    "rotationrisk.marketdata.online.url-template must be set and contain {symbol}");
        }
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String name() {
        return URI.create(settings.urlTemplate().replace("{symbol}", "x")).getHost();
    }

    @Override
    public byte[] fetchDailyCsv(String symbol) throws PriceProviderException {
        URI uri = URI.create(settings.urlTemplate()
                .replace("{symbol}", URLEncoder.encode(symbol, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new PriceProviderException(name() + " answered HTTP " + response.statusCode() + " for " + symbol);
            }
            byte[] body = response.body();
            if (body.length == 0) {
                throw new PriceProviderException(name() + " returned no data for " + symbol);
            }
            if (body.length > MAX_BYTES) {
                throw new PriceProviderException(name() + " returned more than 50 MB for " + symbol);
            }
            return body;
        } catch (IOException e) {
            throw new PriceProviderException("Could not reach " + name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PriceProviderException("Interrupted while fetching " + symbol, e);
        }
    }
}
