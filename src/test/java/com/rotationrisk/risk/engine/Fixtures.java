package com.rotationrisk.risk.engine;

import com.rotationrisk.risk.engine.evidence.CsvBars;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test data: the committed real AAPL fixture and clearly synthetic random walks. */
final class Fixtures {

    private Fixtures() {
    }

    static DailyBars apple2013() {
        try (var r = new InputStreamReader(Fixtures.class.getResourceAsStream("AAPL-2013.csv"),
                StandardCharsets.UTF_8)) {
            return CsvBars.read("AAPL", r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Weekdays starting at {@code start}. */
    static LocalDate[] weekdays(LocalDate start, int n) {
        List<LocalDate> out = new ArrayList<>(n);
        LocalDate d = start;
        while (out.size() < n) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
            d = d.plusDays(1);
        }
        return out.toArray(LocalDate[]::new);
    }

    /** SYNTHETIC random-walk bars (tests/benchmarks only). */
    static DailyBars randomWalk(String symbol, LocalDate[] dates, long seed, double drift, double vol) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = dates.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double price = 50 + rnd.nextDouble() * 100;
        for (int i = 0; i < n; i++) {
            double open = price;
            price = price * Math.exp(drift + vol * rnd.nextGaussian());
            o[i] = open;
            c[i] = price;
            h[i] = Math.max(open, price) * (1 + Math.abs(rnd.nextGaussian()) * vol * 0.5);
            l[i] = Math.min(open, price) * (1 - Math.abs(rnd.nextGaussian()) * vol * 0.5);
            v[i] = 1_000_000 * (0.5 + rnd.nextDouble());
        }
        return new DailyBars(symbol, dates, o, h, l, c, v);
    }

    /** First {@code n} bars of {@code b}. */
    static DailyBars head(DailyBars b, int n) {
        return new DailyBars(b.symbol(), java.util.Arrays.copyOf(b.dates(), n), java.util.Arrays.copyOf(b.open(), n),
                java.util.Arrays.copyOf(b.high(), n), java.util.Arrays.copyOf(b.low(), n),
                java.util.Arrays.copyOf(b.close(), n), java.util.Arrays.copyOf(b.volume(), n));
    }
}
