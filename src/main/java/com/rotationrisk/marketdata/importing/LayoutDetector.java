package com.rotationrisk.marketdata.importing;

import com.rotationrisk.base.csv.HeaderKeys;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises the Yahoo and Stooq headers, and resolves a caller's {@link ColumnMapping}. */
final class LayoutDetector {

    private static final Set<String> YAHOO = Set.of("date", "open", "high", "low", "close", "adjclose");
    private static final Set<String> STOOQ = Set.of("date", "open", "high", "low", "close");
    private static final Set<String> STOOQ_PL = Set.of("data", "otwarcie", "najwyzszy", "najnizszy", "zamkniecie");
    private static final Set<String> BULK_REQUIRED = Set.of("<ticker>", "<per>", "<date>", "<close>");
    private static final Set<String> BULK_ALL = Set.of("<ticker>", "<per>", "<date>", "<time>",
            "<open>", "<high>", "<low>", "<close>", "<vol>", "<openint>");

    private LayoutDetector() {
    }

    static Optional<Layout> detect(List<String> headers) {
        List<String> keys = HeaderKeys.keys(headers);
        Set<String> set = new HashSet<>(keys);
        if (set.size() != keys.size()) {
            return Optional.empty(); // duplicate column names: let the user map them
        }
        if (isExactly(set, YAHOO, "volume")) {
            return Optional.of(named(PriceFileFormat.YAHOO, headers, keys, DatePatterns.ISO,
                    "date", "open", "high", "low", "close", "adjclose", "volume"));
        }
        if (isExactly(set, STOOQ, "volume")) {
            return Optional.of(named(PriceFileFormat.STOOQ, headers, keys, DatePatterns.ISO,
                    "date", "open", "high", "low", "close", null, "volume"));
        }
        if (isExactly(set, STOOQ_PL, "wolumen")) {
            return Optional.of(named(PriceFileFormat.STOOQ, headers, keys, DatePatterns.ISO,
                    "data", "otwarcie", "najwyzszy", "najnizszy", "zamkniecie", null, "wolumen"));
        }
        if (set.containsAll(BULK_REQUIRED) && BULK_ALL.containsAll(set)) {
            Layout base = named(PriceFileFormat.STOOQ_BULK, headers, keys, DatePatterns.COMPACT,
                    "<date>", "<open>", "<high>", "<low>", "<close>", null, "<vol>");
            return Optional.of(new Layout(base.format(), headers, base.datePattern(), base.dateFormat(),
                    base.date(), base.open(), base.high(), base.low(), base.close(), Layout.ABSENT,
                    base.volume(), keys.indexOf("<ticker>"), keys.indexOf("<per>")));
        }
        return Optional.empty();
    }

    static Layout fromMapping(List<String> headers, ColumnMapping mapping) {
        if (mapping == null || !mapping.isComplete()) {
            throw new PriceFileException("The mapping needs at least a date column and a close column.", headers);
        }
        return new Layout(PriceFileFormat.GENERIC, headers, mapping.datePattern(),
                DatePatterns.formatter(mapping.datePattern()),
                resolve(headers, mapping.date()), resolve(headers, mapping.open()),
                resolve(headers, mapping.high()), resolve(headers, mapping.low()),
                resolve(headers, mapping.close()), Layout.ABSENT, resolve(headers, mapping.volume()),
                Layout.ABSENT, Layout.ABSENT);
    }

    private static boolean isExactly(Set<String> actual, Set<String> required, String optional) {
        if (!actual.containsAll(required)) {
            return false;
        }
        int extra = actual.size() - required.size();
        return extra == 0 || (extra == 1 && actual.contains(optional));
    }

    private static Layout named(PriceFileFormat format, List<String> headers, List<String> keys, String pattern,
                                String date, String open, String high, String low, String close,
                                String adjClose, String volume) {
        return new Layout(format, headers, pattern, DatePatterns.formatter(pattern),
                keys.indexOf(date), keys.indexOf(open), keys.indexOf(high), keys.indexOf(low),
                keys.indexOf(close), adjClose == null ? Layout.ABSENT : keys.indexOf(adjClose),
                keys.indexOf(volume), Layout.ABSENT, Layout.ABSENT);
    }

    private static int resolve(List<String> headers, String name) {
        if (name == null || name.isBlank()) {
            return Layout.ABSENT;
        }
        int index = HeaderKeys.indexOf(headers, name);
        if (index < 0) {
            throw new PriceFileException("unknown column '" + name.strip() + "' (the file has: "
                    + String.join(", ", headers) + ")", headers);
        }
        return index;
    }
}
