package com.rotationrisk.base.csv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * The one parser for number cells in imported files (price histories and holdings). It reads what
 * brokers, spreadsheets and data vendors write: "10.5", "+10.5", "-3.2", ".5", "9.873e+07",
 * "$1,234.56", "+$12.30", "-$5", "$-5", "(123.45)" (negative), "12.5%" (the number before the percent
 * sign), "1.234,56", "1.234.567" and "150,25".
 *
 * <h2>Thousands and decimal separators: one rule</h2>
 * <ol>
 *   <li>When a cell has both '.' and ',', the one that comes last is the decimal separator and must
 *       occur once; the other one groups thousands: "1,234.5" = 1234.5, "1.234,5" = 1234.5.</li>
 *   <li>A separator that occurs more than once groups thousands: "1,234,567" = "1.234.567" = 1234567,
 *       whatever the delimiter.</li>
 *   <li>A single '.' is always a decimal point: "1.234" = 1.234 (Stooq, Yahoo and every broker
 *       write a decimal point; German grouping shows up as "1.234.567" or "1.234,5").</li>
 *   <li>A single ',' is a decimal comma ("12,5" = 12.5, "1234,567" = 1234.567), except the exact
 *       US grouping shape — 1 to 3 digits, the comma, exactly 3 digits ("1,234", "$12,500") — which
 *       groups thousands unless the file is ';'-delimited:
 *       <ul>
 *         <li>',' file (the cell was quoted): "1,234" = 1234;</li>
 *         <li>tab file: "1,234" = 1234. Tab text is a spreadsheet's clipboard or an Excel "Unicode text"
 *             export, and the quantities and values of US broker exports are grouped this way;</li>
 *         <li>';' file: "1,234" = 1.234. Excel writes ';' exactly where ',' is the decimal separator
 *             (European locales), so European price files are read with a decimal comma.</li>
 *       </ul></li>
 *   <li>Grouping must be exact: 1 to 3 leading digits, then groups of 3 ("1,23,4" and "12,34.5" are
 *       not numbers); spaces are never separators ("1 234" is not a number).</li>
 * </ol>
 *
 * <h2>Bounds</h2>
 * Before any arithmetic a number must have at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits
 * and a written exponent within ±{@value #MAX_EXPONENT}. Anything else ("1e400000000",
 * "1e-500000000", a thousand-digit cell) is rejected with {@link Problem#TOO_MANY_DIGITS} or
 * {@link Problem#EXPONENT_OUT_OF_RANGE}; no large BigDecimal or string is ever built.
 */
public final class CsvNumbers {

    public static final int MAX_SIGNIFICANT_DIGITS = 30;
    public static final int MAX_EXPONENT = 20;

    private static final Set<String> MISSING = Set.of("", "-", "--", "---", "\u2014", "n/a", "na", "null");
    private static final int SHOWN_CHARS = 24;

    /** Why a cell is not accepted. */
    public enum Problem {
        NOT_A_NUMBER("not a number"),
        TOO_MANY_DIGITS("more than " + MAX_SIGNIFICANT_DIGITS + " significant digits"),
        EXPONENT_OUT_OF_RANGE("exponent outside \u00B1" + MAX_EXPONENT);

        private final String reason;

        Problem(String reason) {
            this.reason = reason;
        }

        /** Short lower-case reason for messages, e.g. "exponent outside ±20". */
        public String reason() {
            return reason;
        }
    }

    /** Exactly one of {@code value} and {@code problem} is set. */
    public record Parsed(BigDecimal value, Problem problem) {

        public boolean ok() {
            return value != null;
        }
    }

    private CsvNumbers() {
    }

    /** Blank or a "not available" marker ("-", "--", "—", "N/A", "NA", "null"). */
    public static boolean isMissing(String cell) {
        return MISSING.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The value, or {@code null} when the cell is not an accepted number (see {@link #read}). */
    public static BigDecimal parse(String cell, char delimiter) {
        return read(cell, delimiter).value();
    }

    /**
     * The cell's value (never with a negative scale: "1E+3" is 1000), or why it is rejected.
     * {@code delimiter} is the file's field delimiter; it only decides the "1,234" case.
     */
    public static Parsed read(String cell, char delimiter) {
        String s = cell.strip();
        boolean negative = false;
        if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean signSeen = false;
        boolean currencySeen = false;
        while (!s.isEmpty()) { // "+$12.30", "-$5" and "$-5"
            char c = s.charAt(0);
            if ((c == '+' || c == '-') && !signSeen) {
                signSeen = true;
                if (c == '-') {
                    if (negative) {
                        return invalid(Problem.NOT_A_NUMBER); // "(-5)"
                    }
                    negative = true;
                }
            } else if (c == '$' && !currencySeen) {
                currencySeen = true;
            } else {
                break;
            }
            s = s.substring(1).strip();
        }
        int e = exponentMark(s);
        String mantissa = e < 0 ? s : s.substring(0, e);
        Integer exponent = e < 0 ? Integer.valueOf(0) : exponent(s.substring(e + 1));
        if (exponent == null) {
            return invalid(Problem.NOT_A_NUMBER);
        }
        String digits = plainDigits(mantissa, delimiter);
        if (digits == null) {
            return invalid(Problem.NOT_A_NUMBER);
        }
        if (exponent == Integer.MAX_VALUE) {
            return invalid(Problem.EXPONENT_OUT_OF_RANGE);
        }
        return build(digits, exponent, negative);
    }

    /** Plain text for messages: no exponent, no trailing zeros. */
    public static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** {@code cell} for a message, cut to a few characters when long (a bad cell can be huge). */
    public static String shown(String cell) {
        return cell.length() <= SHOWN_CHARS ? cell : cell.substring(0, SHOWN_CHARS) + "\u2026";
    }

    private static Parsed invalid(Problem problem) {
        return new Parsed(null, problem);
    }

    private static int exponentMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The written exponent; {@link Integer#MAX_VALUE} when well-formed but outside the bound,
     * {@code null} when malformed. Reads at most a few digits, whatever the cell's length.
     */
    private static Integer exponent(String s) {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) {
            return null;
        }
        int value = 0;
        boolean tooLarge = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            if (!tooLarge) {
                value = value * 10 + (c - '0');
                tooLarge = value > MAX_EXPONENT;
            }
        }
        return tooLarge ? Integer.valueOf(Integer.MAX_VALUE) : Integer.valueOf(negative ? -value : value);
    }

    /**
     * The mantissa's digits with a single '.' as decimal point and no grouping, or {@code null}
     * when it is not a number by the separator rule in the class comment.
     */
    private static String plainDigits(String s, char delimiter) {
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ',') {
                commas++;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
        } else if (commas > 1 || (commas == 1 && usGrouping(s) && delimiter != ';')) {
            decimal = '.';
        } else if (commas == 1) {
            decimal = ',';
        } else {
            decimal = dots > 1 ? ',' : '.';
        }
        char group = decimal == '.' ? ',' : '.';
        int decimalAt = s.indexOf(decimal);
        if (decimalAt != s.lastIndexOf(decimal)) {
            return null;
        }
        String integerPart = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (fraction.indexOf(group) >= 0 || (integerPart.isEmpty() && fraction.isEmpty())) {
            return null;
        }
        if (integerPart.indexOf(group) >= 0) {
            if (!grouped(integerPart, group)) {
                return null;
            }
            integerPart = integerPart.replace(String.valueOf(group), "");
        }
        return decimalAt < 0 ? integerPart : integerPart + "." + fraction;
    }

    /** "1,234", "12,345", "123,456": 1 to 3 digits, one comma, exactly 3 digits. */
    private static boolean usGrouping(String s) {
        int comma = s.indexOf(',');
        return comma >= 1 && comma <= 3 && s.length() - comma - 1 == 3 && s.indexOf('.') < 0;
    }

    /** 1 to 3 digits, then one or more groups of {@code group} and 3 digits. */
    private static boolean grouped(String integerPart, char group) {
        int first = integerPart.indexOf(group);
        if (first < 1 || first > 3) {
            return false;
        }
        for (int i = first; i < integerPart.length(); i += 4) {
            if (integerPart.charAt(i) != group || i + 4 > integerPart.length()) {
                return false;
            }
            for (int j = i + 1; j <= i + 3; j++) {
                if (integerPart.charAt(j) == group) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code digits} is "123", "1.5", "1." or ".5"; checked against the bounds before building. */
    private static Parsed build(String digits, int exponent, boolean negative) {
        int point = digits.indexOf('.');
        String unscaled = point < 0 ? digits : digits.substring(0, point) + digits.substring(point + 1);
        int fractionDigits = point < 0 ? 0 : digits.length() - point - 1;
        int firstNonZero = 0;
        while (firstNonZero < unscaled.length() && unscaled.charAt(firstNonZero) == '0') {
            firstNonZero++;
        }
        int significant = unscaled.length() - firstNonZero;
        if (significant > MAX_SIGNIFICANT_DIGITS) {
            return invalid(Problem.TOO_MANY_DIGITS);
        }
        if (fractionDigits > MAX_SIGNIFICANT_DIGITS + MAX_EXPONENT) {
            return invalid(Problem.TOO_MANY_DIGITS); // "0.000…0001": the zeros still make the scale
        }
        BigInteger magnitude = significant == 0 ? BigInteger.ZERO : new BigInteger(unscaled.substring(firstNonZero));
        BigDecimal value = new BigDecimal(negative ? magnitude.negate() : magnitude, fractionDigits - exponent);
        return new Parsed(value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value, null);
    }
}
