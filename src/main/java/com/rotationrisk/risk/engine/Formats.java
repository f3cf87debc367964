package com.rotationrisk.risk.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How numbers read on screen, in the PDF and in the engine's explanations: the one formatter for percentages, signed
 * percentages, money and scores. Fixed symbols (never the machine's locale), one decimal for percentages with a no-break space before the
 * sign so a line never breaks inside a number ("12.3 %", "-12.3 %", "+0.5 %"), thousands separators for money ("21,388", "-$21,388"), whole-number scores,
 * and "n/a" where there is no value. Never prints "-0".
 */
public final class Formats {

    /** Shown where a value does not exist (never a made-up zero). */
    public static final String NOT_AVAILABLE = "n/a";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Formats() {
    }

    /** {@code v} with {@code decimals} decimals; "n/a" for NaN; "-0.0" reads "0.0". */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return NOT_AVAILABLE;
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    public static String fixed(Double v, int decimals) {
        return v == null ? NOT_AVAILABLE : fixed((double) v, decimals);
    }

    /** A percentage value (12.34) as "12.3 %". */
    public static String percent(double percent) {
        return percent(percent, 1);
    }

    /** Between a number and its percent sign: a no-break space (U+00A0). */
    public static final String PERCENT = "\u00A0%";

    /** A percentage value with other precision: (62.4, 0) as "62 %". */
    public static String percent(double percent, int decimals) {
        return fixed(percent, decimals) + PERCENT;
    }

    /** A share of a whole (0.123) as "12.3 %". */
    public static String share(double fraction) {
        return percent(fraction * 100);
    }

    /** A change in percent with its sign: "+12.3 %", "-12.3 %", "0.0 %". */
    public static String signedPercent(double percent) {
        String s = percent(percent);
        return percent > 0 && !s.equals(percent(0)) ? "+" + s : s;
    }

    public static String signedPercent(Double percent) {
        return percent == null ? NOT_AVAILABLE : signedPercent((double) percent);
    }

    public static String signedPercent(OptionalDouble percent) {
        return percent.isPresent() ? signedPercent(percent.getAsDouble()) : NOT_AVAILABLE;
    }

    /** An amount in whole currency units: "21,388", "-21,388". */
    public static String money(double v) {
        String s = new DecimalFormat("#,##0", SYMBOLS).format(v);
        return s.equals("-0") ? "0" : s;
    }

    /** An amount with its sign: "+21,388", "-21,388". */
    public static String signedMoney(double v) {
        String s = money(v);
        return v > 0 && !s.equals("0") ? "+" + s : s;
    }

    /** Dollars: "$21,388", "-$21,388" (not "$-21,388"). */
    public static String dollars(double v) {
        String s = money(Math.abs(v));
        return (v < 0 && !s.equals("0") ? "-$" : "$") + s;
    }

    /** Dollars with their sign: "+$21,388", "-$21,388", "$0". */
    public static String signedDollars(double v) {
        String s = dollars(v);
        return v > 0 && !s.equals("$0") ? "+" + s : s;
    }

    /** A 0-100 score as a whole number: "65". */
    public static String score(double v) {
        return fixed(v, 0);
    }

    public static String score(OptionalDouble v) {
        return v.isPresent() ? score(v.getAsDouble()) : NOT_AVAILABLE;
    }

    /** A dimension score, or the word that says why there is none ("insufficient data", "incomplete"). */
    public static String score(DimensionScore d) {
        return d.score().isPresent() ? score(d.score().getAsDouble()) : d.unavailableWord();
    }
}
