package com.rotationrisk.portfolio.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a broker export says its prices are from: Schwab's title line ("Positions for account
 * ... as of 04:00 PM ET, 01/09/2026") or Fidelity's footer ("Date downloaded Jan-09-2026 4:07 p.m ET").
 * Only lines that carry one of those phrases are read, so a trade date in a position row is never taken.
 */
final class FileDate {

    private static final Pattern PHRASE = Pattern.compile("(?i)(as of|date downloaded)");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern MONTH_NAME = Pattern.compile("([A-Za-z]{3})[- ](\\d{1,2})[-, ]+(\\d{4})");
    private static final int MAX_LINE = 1_000;

    private FileDate() {
    }

    static Optional<LocalDate> find(TextSource source) {
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (text.length() > MAX_LINE) {
                continue;
            }
            Matcher phrase = PHRASE.matcher(text);
            if (phrase.find()) {
                Optional<LocalDate> date = parse(text.substring(phrase.end()));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> parse(String text) {
        try {
            Matcher m = ISO.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = US.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 3), num(m, 1), num(m, 2)));
            }
            m = MONTH_NAME.matcher(text);
            while (m.find()) {
                Optional<Month> month = month(m.group(1));
                if (month.isPresent()) {
                    return Optional.of(LocalDate.of(num(m, 3), month.get(), num(m, 2)));
                }
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<Month> month(String abbreviation) {
        String a = abbreviation.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(a)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
