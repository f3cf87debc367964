package com.rotationrisk.risk.engine.indicators;

import com.rotationrisk.risk.engine.DailyBars;
import java.time.LocalDate;
import java.util.Arrays;

/** A benchmark cut at the as-of date, with epoch-day keys for fast date lookups. Immutable. */
public final class BenchmarkSeries {

    private final DailyBars bars;
    private final long[] epochDays;
    private final int end;

    private BenchmarkSeries(DailyBars bars, int end) {
        this.bars = bars;
        this.end = end;
        this.epochDays = new long[end + 1];
        for (int i = 0; i <= end; i++) {
            epochDays[i] = bars.dates()[i].toEpochDay();
        }
    }

    /** Null when {@code bars} is null or has no bar on or before {@code asOf}. */
    public static BenchmarkSeries cut(DailyBars bars, LocalDate asOf) {
        if (bars == null) {
            return null;
        }
        int end = bars.lastIndexOnOrBefore(asOf);
        // A benchmark whose history ended long before the as-of date is missing, not "flat since then".
        if (end < 0 || java.time.temporal.ChronoUnit.DAYS.between(bars.dates()[end], asOf)
                > com.rotationrisk.risk.engine.RiskEngine.MAX_PRICE_AGE_DAYS) {
            return null;
        }
        return new BenchmarkSeries(bars, end);
    }

    public DailyBars bars() {
        return bars;
    }

    /** Index of the last bar on or before as-of. */
    public int end() {
        return end;
    }

    public double close(int i) {
        return bars.close()[i];
    }

    public long epochDay(int i) {
        return epochDays[i];
    }

    /** Index of the bar on exactly this epoch day, or -1. */
    public int indexOf(long epochDay) {
        int i = Arrays.binarySearch(epochDays, epochDay);
        return i >= 0 ? i : -1;
    }

    /** Return from the close on {@code fromDay} to the close on {@code toDay}; NaN when either bar is missing. */
    public double returnBetween(long fromDay, long toDay) {
        int j = indexOf(toDay);
        if (j <= 0) {
            return Double.NaN;
        }
        int k = epochDays[j - 1] == fromDay ? j - 1 : indexOf(fromDay);
        return k < 0 ? Double.NaN : bars.close()[j] / bars.close()[k] - 1.0;
    }
}
