package com.rotationrisk.report.section;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting with fixed symbols (never the machine's locale). */
final class Fmt {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Fmt() {
    }

    static String money(double v) {
        return new DecimalFormat("#,##0", SYMBOLS).format(v);
    }

    static String signedMoney(double v) {
        return (v > 0 ? "+" : "") + money(v);
    }

    /** A weight share (0.123) as "12.3%". */
    static String weight(double share) {
        return fixed(share * 100, 1) + "%";
    }

    /** A percentage value (-12.34) as "-12.3%". */
    static String pct(double pct) {
        return (pct > 0 ? "+" : "") + fixed(pct, 1) + "%";
    }

    static String pct(Double pct) {
        return pct == null ? "n/a" : pct((double) pct);
    }

    static String pct(OptionalDouble pct) {
        return pct.isPresent() ? pct(pct.getAsDouble()) : "n/a";
    }

    static String score(OptionalDouble s) {
        return s.isPresent() ? fixed(s.getAsDouble(), 0) : "n/a";
    }

    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    static String fixed(Double v, int decimals) {
        return v == null ? "n/a" : fixed((double) v, decimals);
    }

    /** Raw component values: small numbers get more decimals. */
    static String raw(Double v) {
        if (v == null) {
            return "n/a";
        }
        return Math.abs(v) < 10 ? fixed(v, 2) : fixed(v, 1);
    }
}
