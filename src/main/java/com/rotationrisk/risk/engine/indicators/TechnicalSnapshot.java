package com.rotationrisk.risk.engine.indicators;

/**
 * ta4j indicator values of one instrument at the as-of bar. A field is null when the history is too short for it
 * (or, for %B, when the 20-day band has zero width).
 *
 * @param rsi        RSI(14), Wilder smoothing, at the as-of bar
 * @param rsiMax     highest RSI(14) over the divergence window (20 bars incl. as-of)
 * @param atrLong    100-day simple mean of true range (see METHODOLOGY.md)
 * @param atHighClose true when the as-of close is the highest close of the divergence window
 * @param rangeKnown  false when the source published no daily high/low somewhere in the ATR windows (closes only):
 *                    the ATR figures are then null, never estimated from closes
 * @param volumeKnown false when volume is missing somewhere in the volume windows
 */
public record TechnicalSnapshot(double close, Double rsi, Double rsiMax, Boolean atHighClose, Double atrShort,
        Double atrLong, Double smaShort, Double smaLong, Double percentB, Double rocLong, Double rocShort,
        Double volumeShortMean, Double volumeLongMean, Double highestClose52w, boolean rangeKnown,
        boolean volumeKnown) {
}
