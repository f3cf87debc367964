package com.rotationrisk.portfolio.ui;

import com.rotationrisk.marketdata.Ticker;
import java.util.Locale;
import java.util.Map;

/**
 * What a ticker box stores for typed text that was not picked from the list: the instrument whose symbol is the
 * text, else the only instrument the list shows for it (the list matches the text anywhere in "AAPL — Apple Inc."),
 * else the text as a ticker of its own (kept as an unpriced holding).
 */
public final class TickerChoice {

    private TickerChoice() {
    }

    /** The list's label for an instrument: "AAPL — Apple Inc.". */
    public static String label(String ticker, Map<String, String> universe) {
        return universe.containsKey(ticker) ? ticker + " — " + universe.get(ticker) : ticker;
    }

    public static String resolve(String typed, Map<String, String> universe) {
        String canonical = Ticker.canonical(typed);
        if (canonical.isEmpty() || universe.containsKey(canonical)) {
            return canonical;
        }
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        String only = null;
        for (String ticker : universe.keySet()) {
            if (label(ticker, universe).toLowerCase(Locale.ROOT).contains(needle)) {
                if (only != null) {
                    return canonical;
                }
                only = ticker;
            }
        }
        return only != null ? only : canonical;
    }
}
