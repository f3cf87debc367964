package com.rotationrisk.risk.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How much of the portfolio's value the scores describe. {@code scoredValue} is the market value of
 * the scored positions (cash included); unscored holdings add their broker-file value when they have
 * one. Holdings with no price at all make the total itself incomplete, which {@link #unvaluedTickers}
 * names.
 */
public record Coverage(double scoredValue, List<UnscoredHolding> unscored) {

    public Coverage {
        unscored = List.copyOf(unscored);
    }

    public double fileValued() {
        return unscored.stream().filter(UnscoredHolding::valued).mapToDouble(UnscoredHolding::value).sum();
    }

    /** Scored plus file-valued value; excludes holdings whose value is unknown. */
    public double knownValue() {
        return scoredValue + fileValued();
    }

    /** Scored share of the known value; empty when nothing could be valued. */
    public OptionalDouble scoredShare() {
        double known = knownValue();
        return known > 0 ? OptionalDouble.of(scoredValue / known) : OptionalDouble.empty();
    }

    public boolean complete() {
        return unscored.isEmpty();
    }

    public List<String> unscoredTickers() {
        return unscored.stream().map(UnscoredHolding::ticker).toList();
    }

    public List<String> unvaluedTickers() {
        return unscored.stream().filter(u -> !u.valued()).map(UnscoredHolding::ticker).toList();
    }

    /** One sentence for the analysis header and the reports, e.g. "Scored: 62 % of value; unpriced: IWM, V." */
    public String summary() {
        if (complete()) {
            return "Scored: " + Formats.percent(100, 0) + " of value; every holding has market prices.";
        }
        StringBuilder s = new StringBuilder("Scored: ");
        OptionalDouble share = scoredShare();
        boolean totalKnown = unvaluedTickers().isEmpty();
        s.append(share.isEmpty() ? "none of the value" : Formats.percent(share.getAsDouble() * 100, 0)
                + (totalKnown ? " of value" : " of the value that could be priced"));
        s.append("; unpriced: ").append(String.join(", ", unscoredTickers())).append('.');
        List<String> fileValued = unscored.stream().filter(UnscoredHolding::valued).map(UnscoredHolding::ticker)
                .toList();
        if (!fileValued.isEmpty()) {
            s.append(" Valued at the broker file's price: ").append(String.join(", ", fileValued)).append('.');
        }
        if (!unvaluedTickers().isEmpty()) {
            s.append(" No usable price at this date, so their value and the portfolio's total are unknown: ")
                    .append(String.join(", ", unvaluedTickers())).append('.');
        }
        return s.toString();
    }
}
