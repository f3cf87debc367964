package com.rotationrisk.base.ui;

import com.rotationrisk.base.csv.CsvNumbers;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * The one rule for an amount typed or pasted into a form, in the user's locale: the locale's decimal separator
 * (once), its grouping separator in exact groups of three before it ("1,000", "1,234.5" in the US; "1.000,5" in
 * Germany), an optional leading minus and an optional currency sign ("$", "€", the locale's own) before or after.
 * Spaces — ordinary or the non-breaking ones a spreadsheet copies — are ignored. The digits then go through
 * {@link CsvNumbers} for its bounds, so a huge paste is refused before any arithmetic.
 */
public final class TypedAmount {

    /** Longer text is not read at all. */
    public static final int MAX_LENGTH = 60;

    /** Exactly one of {@code value} and {@code problem} is set, or neither for blank text. */
    public record Result(BigDecimal value, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private TypedAmount() {
    }

    public static Result read(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return new Result(null, null);
        }
        if (text.length() > MAX_LENGTH) {
            return new Result(null, "is too long to be an amount (at most " + MAX_LENGTH + " characters)");
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char group = grouping(symbols);
        String s = withoutCurrency(text.replaceAll("[\\s\\u00A0\\u202F]", ""), symbols);
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative) {
            s = withoutCurrency(s.substring(1), symbols);
        }
        String plain = plain(s, decimal, group);
        if (plain == null) {
            return new Result(null, "cannot be read as an amount; write it like " + example(locale));
        }
        CsvNumbers.Parsed parsed = CsvNumbers.read((negative ? "-" : "") + plain, ',');
        return parsed.ok() ? new Result(parsed.value(), null) : new Result(null, "has " + parsed.problem().reason());
    }

    /** "1,234.56" in the US, "1.234,56" in Germany. */
    public static String example(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        return "1" + grouping(symbols) + "234" + symbols.getDecimalSeparator() + "56";
    }

    /** An amount as it is typed back in this locale: no grouping, the locale's decimal separator. */
    public static String shown(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }

    /** The locale's grouping separator; a space-like one (France, Switzerland) is dropped with the other spaces. */
    private static char grouping(DecimalFormatSymbols symbols) {
        char g = symbols.getGroupingSeparator();
        return Character.isSpaceChar(g) || g == '\u2019' || g == '\'' ? ' ' : g;
    }

    private static String withoutCurrency(String s, DecimalFormatSymbols symbols) {
        for (String sign : new String[] {symbols.getCurrencySymbol(), "$", "\u20AC", "\u00A3", currencyCode(symbols)}) {
            if (sign == null || sign.isEmpty()) {
                continue;
            }
            if (s.startsWith(sign)) {
                return s.substring(sign.length());
            }
            if (s.endsWith(sign)) {
                return s.substring(0, s.length() - sign.length());
            }
        }
        return s;
    }

    private static String currencyCode(DecimalFormatSymbols symbols) {
        Currency c = symbols.getCurrency();
        return c == null ? null : c.getCurrencyCode();
    }

    /** Digits with '.' as the only separator, or null when the text breaks the rule. */
    private static String plain(String s, char decimal, char group) {
        int point = s.indexOf(decimal);
        if (point != s.lastIndexOf(decimal)) {
            return null;
        }
        String integer = point < 0 ? s : s.substring(0, point);
        String fraction = point < 0 ? "" : s.substring(point + 1);
        if ((integer.isEmpty() && fraction.isEmpty()) || !digits(fraction)) {
            return null;
        }
        if (group != ' ' && integer.indexOf(group) >= 0) {
            String[] parts = integer.split(java.util.regex.Pattern.quote(String.valueOf(group)), -1);
            if (parts[0].isEmpty() || parts[0].length() > 3) {
                return null;
            }
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() != 3) {
                    return null;
                }
            }
            integer = String.join("", parts);
        }
        if (!digits(integer)) {
            return null;
        }
        return fraction.isEmpty() ? integer : integer + "." + fraction;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
