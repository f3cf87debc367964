package com.rotationrisk.risk.engine.indicators;

import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.MarketContext;
import java.time.LocalDate;

/**
 * The benchmarks cut at the as-of date, built once per assessment and shared (read-only) by all positions.
 *
 * @param largeCap      null when missing
 * @param smallCap      null when missing
 * @param largeCapYtdPct large-cap year-to-date return in %, null when it cannot be computed
 * @param spreadYtdPct   small-cap YTD minus large-cap YTD in percentage points, null when either is missing
 */
public record MarketView(LocalDate asOf, BenchmarkSeries largeCap, BenchmarkSeries smallCap, Double largeCapYtdPct,
        Double spreadYtdPct) {

    public static MarketView of(MarketContext market, LocalDate asOf) {
        BenchmarkSeries large = market == null ? null : BenchmarkSeries.cut(market.largeCapBenchmark(), asOf);
        BenchmarkSeries small = market == null ? null : BenchmarkSeries.cut(market.smallCapBenchmark(), asOf);
        Double largeYtd = large == null ? null : ytdPct(large.bars(), large.end());
        Double smallYtd = small == null ? null : ytdPct(small.bars(), small.end());
        Double spread = largeYtd == null || smallYtd == null ? null : smallYtd - largeYtd;
        return new MarketView(asOf, large, small, largeYtd, spread);
    }

    public boolean hasSpread() {
        return largeCap != null && smallCap != null;
    }

    /**
     * Year-to-date return in % at bar {@code end}: close[end] / last close of the previous calendar year - 1. Null when
     * no bar of the previous year exists.
     */
    public static Double ytdPct(DailyBars bars, int end) {
        LocalDate lastOfPrevYear = LocalDate.of(bars.dates()[end].getYear() - 1, 12, 31);
        int base = bars.lastIndexOnOrBefore(lastOfPrevYear);
        if (base < 0) {
            return null;
        }
        return (bars.close()[end] / bars.close()[base] - 1.0) * 100.0;
    }
}
