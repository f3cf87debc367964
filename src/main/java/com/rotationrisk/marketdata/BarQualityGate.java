package com.rotationrisk.marketdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Data-quality rules every fetched bar passes before it is stored. A bar that fails one is held back
 * (shown to administrators, never scored) with the rule it broke: a missing or non-positive price,
 * a date seen twice, a date out of order, or a one-day move beyond {@code maxDailyMove} without a
 * split recorded on that date — most often an unadjusted split, which would read as a crash.
 * After a held-back jump, later bars are compared with the last accepted close, so the whole new
 * price level stays held back until an administrator resolves it, however long that run is. A move is
 * only judged across a gap in the history of at most {@value #MAX_GAP_DAYS} calendar days (weekends,
 * holidays): across a longer gap in the data it is not a one-day move.
 */
public final class BarQualityGate {

    /** A bar as fetched; prices may be null when the provider left them out. */
    public record Candidate(LocalDate date, Double open, Double high, Double low, Double close, Long volume) {
    }

    public record HeldBack(Candidate bar, String reason) {
    }

    public record Result(List<BarRow> accepted, List<HeldBack> heldBack) {
    }

    static final int MAX_GAP_DAYS = 7;

    private final double maxDailyMove;

    /** @param maxDailyMove largest accepted one-day change as a fraction, e.g. 0.45 for ±45 % */
    public BarQualityGate(double maxDailyMove) {
        if (!(maxDailyMove > 0)) {
            throw new IllegalArgumentException("maxDailyMove must be positive");
        }
        this.maxDailyMove = maxDailyMove;
    }

    /**
     * @param previousDate  date of the stored bar just before the first candidate (null when none)
     * @param previousClose its close, the reference for the first day's move
     * @param splitDates    dates on which the provider reported a split
     */
    public Result check(List<Candidate> candidates, LocalDate previousDate, Double previousClose,
                        Set<LocalDate> splitDates) {
        List<BarRow> accepted = new ArrayList<>();
        List<HeldBack> held = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        LocalDate lastDate = null;
        Double reference = previousClose;
        LocalDate referenceDate = previousDate;
        boolean heldSinceReference = false;
        for (Candidate c : candidates) {
            String problem = priceProblem(c);
            if (problem == null && !seen.add(c.date())) {
                problem = "date " + c.date() + " appears more than once";
            }
            if (problem == null && lastDate != null && c.date().isBefore(lastDate)) {
                problem = "date " + c.date() + " comes after " + lastDate + " (out of order)";
            }
            boolean gapInHistory = referenceDate == null
                    || (!heldSinceReference && c.date().isAfter(referenceDate.plusDays(MAX_GAP_DAYS)));
            if (problem == null && reference != null && !splitDates.contains(c.date()) && !gapInHistory) {
                double move = c.close() / reference - 1;
                if (Math.abs(move) > maxDailyMove) {
                    problem = String.format(Locale.ROOT, "one-day move of %+.1f %% with no split recorded "
                            + "(likely an unadjusted split; limit ±%.0f %%)", move * 100, maxDailyMove * 100);
                }
            }
            if (problem != null) {
                held.add(new HeldBack(c, problem));
                heldSinceReference = true;
                continue;
            }
            accepted.add(new BarRow(c.date(), c.open(), c.high(), c.low(), c.close(), c.volume()));
            lastDate = c.date();
            reference = c.close();
            referenceDate = c.date();
            heldSinceReference = false;
        }
        return new Result(List.copyOf(accepted), List.copyOf(held));
    }

    private static String priceProblem(Candidate c) {
        if (c.date() == null) {
            return "no date";
        }
        if (c.close() == null || !(c.close() > 0) || c.close().isInfinite()) {
            return "close " + (c.close() == null ? "missing" : c.close() + " is not a positive price");
        }
        for (Double p : new Double[] {c.open(), c.high(), c.low()}) {
            if (p != null && (!(p > 0) || p.isInfinite())) {
                return "price " + p + " is not positive";
            }
        }
        if (c.high() != null && c.low() != null && c.high() < c.low()) {
            return "high " + c.high() + " is below low " + c.low();
        }
        if (c.volume() != null && c.volume() < 0) {
            return "negative volume " + c.volume();
        }
        return null;
    }
}
