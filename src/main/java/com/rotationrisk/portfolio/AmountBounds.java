package com.rotationrisk.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Bounds of a typed or imported amount (quantity, cost per share, file price), checked before any arithmetic:
 * the stored columns are {@code numeric(24, 8)}, so at most {@value #MAX_INTEGER_DIGITS} digits before the point.
 * A value with an absurd scale ("1e-500000000", which a crafted request can send to a {@code BigDecimalField})
 * is refused before it is rounded, because rounding it would build a number of that many digits.
 */
public final class AmountBounds {

    public static final int MAX_INTEGER_DIGITS = 16;
    public static final int STORED_SCALE = 8;
    /** Decimal places accepted before rounding to {@link #STORED_SCALE}. */
    static final int MAX_SCALE = 50;

    private AmountBounds() {
    }

    /** Why the value cannot be stored, or empty when it can (after {@link #rounded}). */
    public static Optional<String> problem(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        // precision() and scale() are read from the representation; nothing here scales the number.
        if (value.scale() > MAX_SCALE || value.precision() > MAX_INTEGER_DIGITS + MAX_SCALE) {
            return Optional.of("has too many digits");
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("is too large (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
        }
        return Optional.empty();
    }

    /** The value rounded to the stored scale; only for values without a {@link #problem}. */
    static BigDecimal rounded(BigDecimal value) {
        return value == null || value.scale() <= STORED_SCALE ? value : value.setScale(STORED_SCALE, RoundingMode.HALF_EVEN);
    }
}
