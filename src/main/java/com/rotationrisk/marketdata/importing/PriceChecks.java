package com.rotationrisk.marketdata.importing;

import java.util.List;

/** Plausibility checks on one bar's prices; adds human-readable reasons to {@code problems}. */
final class PriceChecks {

    /** Relative slack so rounding in the source (e.g. 6-decimal Yahoo values) is not flagged. */
    private static final double TOLERANCE = 1e-9;

    private PriceChecks() {
    }

    static void check(Layout layout, Double open, Double high, Double low, double close, Double adjClose,
                      List<String> problems) {
        int before = problems.size();
        sign(layout, layout.open(), open, problems);
        sign(layout, layout.high(), high, problems);
        sign(layout, layout.low(), low, problems);
        sign(layout, layout.close(), close, problems);
        sign(layout, layout.adjClose(), adjClose, problems);
        if (problems.size() > before || high == null || low == null) {
            return;
        }
        if (high < low) {
            problems.add("high " + Numbers.format(high) + " is below low " + Numbers.format(low));
            return;
        }
        inRange("open", open, low, high, problems);
        inRange("close", close, low, high, problems);
    }

    private static void sign(Layout layout, int column, Double value, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            problems.add("negative price in " + layout.label(column) + " (" + Numbers.format(value) + ")");
        } else if (value == 0) {
            problems.add("zero price in " + layout.label(column));
        }
    }

    private static void inRange(String name, Double value, double low, double high, List<String> problems) {
        if (value == null) {
            return;
        }
        double slack = Math.abs(high) * TOLERANCE;
        if (value < low - slack || value > high + slack) {
            problems.add(name + " " + Numbers.format(value) + " is outside the day's range "
                    + Numbers.format(low) + "\u2013" + Numbers.format(high));
        }
    }
}
