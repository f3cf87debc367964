package com.rotationrisk.marketdata;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one home of ticker rules: how a ticker is spelled (canonical form), which spellings are
 * valid, and which tickers are cash. Share classes are one instrument however a broker writes
 * them: {@code BRK.B}, {@code BRK-B}, {@code BRK/B} and {@code BRK B} are all {@code BRK.B}.
 */
public final class Ticker {

    public static final int MAX_LENGTH = 20;
    /** Cash balances and money-market sweeps: worth 1 per unit of the portfolio's currency. */
    public static final String CASH = "CASH";
    private static final Set<String> CASH_SPELLINGS = Set.of("CASH", "USD");

    private static final Pattern SHARE_CLASS = Pattern.compile("([A-Z]{1,6})[./ -]([A-Z])");
    private static final Pattern SYNTAX = Pattern.compile("[A-Z0-9^][A-Z0-9.^_-]*");

    private Ticker() {
    }

    /** Upper case, trimmed, without Fidelity's trailing "**", share class written with a dot. */
    public static String canonical(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.strip().toUpperCase(Locale.ROOT);
        while (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        var shareClass = SHARE_CLASS.matcher(t);
        return shareClass.matches() ? shareClass.group(1) + "." + shareClass.group(2) : t;
    }

    /** Why a canonical ticker is not acceptable, or empty when it is. */
    public static Optional<String> problem(String canonical) {
        if (canonical.isEmpty()) {
            return Optional.of("enter a ticker");
        }
        if (!SYNTAX.matcher(canonical).matches()) {
            return Optional.of("ticker '" + shorten(canonical) + "' has invalid characters (allowed: letters, digits,"
                    + " '.', '-', '_' and '^')");
        }
        if (canonical.length() > MAX_LENGTH) {
            return Optional.of("ticker '" + shorten(canonical) + "' is longer than " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    public static boolean isCash(String canonical) {
        return CASH_SPELLINGS.contains(canonical);
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
