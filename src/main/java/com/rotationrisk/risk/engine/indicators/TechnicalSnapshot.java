package com.rotationrisk.risk.engine.indicators;

/**
 * ta4j indicator values of one instrument at the as-of bar. A field is null when the history is shorter than the bars
 * that indicator needs for a stable value ({@link #needed}), or, for %B, when the band has zero width.
 *
 * @param rsi        RSI(14), Wilder smoothing, at the as-of bar
 * @param rsiMax     highest RSI(14) over the divergence window (20 bars incl. as-of)
 * @param atrLong    100-day simple mean of true range (see methodology)
 * @param atHighClose true when the as-of close is the highest close of the divergence window
 * @param rangeKnown  false when the source published no daily high/low somewhere in the ATR windows (closes only):
 *                    the ATR figures are then null, never estimated from closes
 * @param volumeKnown false when volume is missing somewhere in the volume windows
 * @param upVolumeShortMean mean volume of the sessions of the short volume window that closed higher (0 when none
 *                    did); null when the window is not available
 * @param available   bars available up to and including the as-of bar
 * @param needed      bars each indicator needs for a stable value
 */
public record TechnicalSnapshot(double close, Double rsi, Double rsiMax, Boolean atHighClose, Double atrShort,
        Double atrLong, Double smaShort, Double smaLong, Double percentB, Double rocLong, Double rocShort,
        Double upVolumeShortMean, Double volumeLongMean, Double highestClose52w, boolean rangeKnown,
        boolean volumeKnown, int available, Needed needed) {

    /** Bars needed per indicator, from ta4j's unstable-bar counts (see {@link Stability}). */
    public record Needed(int rsi, int divergence, int atrShort, int atrLong, int smaShort, int smaLong, int percentB,
            int rocLong, int volumeShort, int volumeLong, int high52w) {
    }
}
