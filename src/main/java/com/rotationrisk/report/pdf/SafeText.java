package com.rotationrisk.report.pdf;

import org.openpdf.text.pdf.BaseFont;

/**
 * Makes user-entered text safe to print: control and bidi-override characters are removed, characters the embedded
 * font cannot draw become '?', and length is capped. PDF text is written as glyph ids, so markup such as
 * {@code <script>} is printed literally and never interpreted.
 */
public final class SafeText {

    public static final int MAX_NAME = 300;
    public static final int MAX_NOTES = 4000;
    private static final String ELLIPSIS = "\u2026";

    private SafeText() {
    }

    /** One line: every line break and tab becomes a space, runs of spaces collapse. */
    public static String line(String s, ReportFonts fonts, int maxChars) {
        return truncateChars(clean(s, fonts, false), maxChars);
    }

    /** Several lines: line breaks are kept (CR LF and CR become LF), other control characters removed. */
    public static String multiline(String s, ReportFonts fonts, int maxChars) {
        return truncateChars(clean(s, fonts, true), maxChars);
    }

    /** Cuts {@code text} so it fits {@code maxWidth} points, ending with an ellipsis when cut. */
    public static String fit(String text, BaseFont font, float size, float maxWidth) {
        if (font.getWidthPoint(text, size) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && font.getWidthPoint(text.substring(0, end) + ELLIPSIS, size) > maxWidth) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    static String clean(String s, ReportFonts fonts, boolean keepNewlines) {
        if (s == null) {
            return "";
        }
        String normalised = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n' && keepNewlines) {
                out.append('\n');
            } else if (cp == '\n' || cp == '\t' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || isInvisibleFormat(cp)) {
                // dropped
            } else if (fonts != null && !fonts.canDisplay(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String collapsed = out.toString().replaceAll(" {2,}", " ");
        return keepNewlines ? collapsed.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip()
                : collapsed.strip();
    }

    private static boolean isInvisibleFormat(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }

    private static String truncateChars(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }
}
