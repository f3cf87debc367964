package com.rotationrisk.marketdata.importing;

import com.rotationrisk.base.csv.HeaderKeys;

import java.util.List;

/** Guesses a {@link ColumnMapping} from header names; unknown roles stay {@code null}. */
final class MappingSuggester {

    // Candidate keys (see HeaderKeys.key) per role, best first.
    private static final List<String> DATE = List.of("date", "<date>", "data", "datum", "fecha",
            "tradedate", "day", "timestamp", "time", "datetime");
    private static final List<String> OPEN = List.of("open", "<open>", "otwarcie", "openprice", "opening");
    private static final List<String> HIGH = List.of("high", "<high>", "najwyzszy", "highprice", "max", "dayhigh");
    private static final List<String> LOW = List.of("low", "<low>", "najnizszy", "lowprice", "min", "daylow");
    private static final List<String> CLOSE = List.of("close", "<close>", "zamkniecie", "closeprice", "closing",
            "closingprice", "last", "lastprice", "price", "settle", "adjclose", "adjustedclose");
    private static final List<String> VOLUME = List.of("volume", "<vol>", "vol", "wolumen", "shares",
            "sharesvolume", "totalvolume");

    private MappingSuggester() {
    }

    static ColumnMapping suggest(List<String> headers) {
        List<String> keys = HeaderKeys.keys(headers);
        return new ColumnMapping(find(headers, keys, DATE), find(headers, keys, OPEN),
                find(headers, keys, HIGH), find(headers, keys, LOW), find(headers, keys, CLOSE),
                find(headers, keys, VOLUME), DatePatterns.ISO);
    }

    private static String find(List<String> headers, List<String> keys, List<String> candidates) {
        for (String candidate : candidates) {
            int index = keys.indexOf(candidate);
            if (index >= 0) {
                return headers.get(index);
            }
        }
        return null;
    }
}
