package com.rotationrisk.marketdata.provider;

import com.rotationrisk.marketdata.provider.PriceProviderException.Kind;
import java.util.Locale;

/** Checks shared by the providers on a response that {@link ProviderHttp} handed back. */
final class ProviderResponses {

    private ProviderResponses() {
    }

    /**
     * Fails unless the status is 2xx: 401/403 are {@link Kind#NOT_CONFIGURED}, 404 is
     * {@link Kind#UNKNOWN_SYMBOL} where the provider documents it so, anything else {@link Kind#BAD_RESPONSE}.
     */
    static void requireSuccess(String provider, ProviderHttp.Response response, String symbol,
                               boolean notFoundMeansUnknownSymbol) throws PriceProviderException {
        int status = response.status();
        if (response.isSuccess()) {
            return;
        }
        if (status == 401 || status == 403) {
            throw new PriceProviderException(Kind.NOT_CONFIGURED, provider + " refused access (HTTP " + status
                    + "); check the API key and the provider's address in the settings");
        }
        if (status == 404 && notFoundMeansUnknownSymbol) {
            throw new PriceProviderException(Kind.UNKNOWN_SYMBOL, provider + " does not know the symbol '" + symbol
                    + "' (HTTP 404)");
        }
        throw new PriceProviderException(Kind.BAD_RESPONSE, provider + " answered HTTP " + status + " for '" + symbol
                + "'" + (status == 404 ? "; check the provider's address in the settings" : ""));
    }

    /** The body text, failing when it is empty or an HTML page instead of the documented {@code format}. */
    static String requireContent(String provider, ProviderHttp.Response response, String symbol, String format)
            throws PriceProviderException {
        String text = response.text();
        if (text.isBlank()) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, provider + " returned an empty body for '" + symbol
                    + "' (HTTP " + response.status() + ")");
        }
        if (looksLikeHtml(text)) {
            throw new PriceProviderException(Kind.BAD_RESPONSE, provider + " answered with an HTML page instead of "
                    + format + " (HTTP " + response.status() + ")");
        }
        return text;
    }

    static boolean looksLikeHtml(String text) {
        String start = text.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("<head") || head.startsWith("<body") || head.contains("<html");
    }

    /** The first line of a body, shortened, for messages about an unexpected answer. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return BarCollector.shorten(line);
    }
}
