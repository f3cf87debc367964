package com.rotationrisk.portfolio;

import java.util.Objects;

/** A number of a book row, or why there is none: unknown stays unknown, never 0. */
public record BookFigure(Double value, String missingReason) {

    public BookFigure {
        if (value == null) {
            Objects.requireNonNull(missingReason, "a missing figure needs its reason");
        } else if (value.isNaN() || value.isInfinite()) {
            throw new IllegalArgumentException("not a number: " + value);
        }
    }

    public static BookFigure of(double value) {
        return new BookFigure(value, null);
    }

    public static BookFigure missing(String reason) {
        return new BookFigure(null, reason);
    }

    public boolean known() {
        return value != null;
    }
}
