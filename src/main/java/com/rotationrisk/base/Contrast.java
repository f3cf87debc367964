package com.rotationrisk.base;

import java.awt.Color;

/**
 * WCAG 2 contrast ratio of two opaque colours (relative luminance, sRGB), from 1 (same) to 21 (black on white).
 * Text needs at least {@link #AA_TEXT} against its background.
 */
public final class Contrast {

    /** WCAG 2 level AA for normal-size text. */
    public static final double AA_TEXT = 4.5;

    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static boolean meetsAa(Color text, Color background) {
        return ratio(text, background) >= AA_TEXT;
    }

    /** "4.52:1", rounded down so a printed ratio never looks better than it is. */
    public static String format(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
