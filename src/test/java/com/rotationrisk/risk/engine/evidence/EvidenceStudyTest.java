package com.rotationrisk.risk.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.evidence.CrossSections.Ranked;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Measure;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Settings;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Spread;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStudyTest {

    private static final Path BUNDLED = Path.of("src/main/resources/marketdata/bars");
    private static final ModelConfig CFG = ModelConfig.defaults();

    private static Map<String, DailyBars> bundled;
    private static MarketContext bundledMarket;
    private static List<Observation> bundledObservations;

    private static synchronized List<Observation> bundledObservations() throws Exception {
        if (bundledObservations == null) {
            bundled = EvidenceStudy.load(BUNDLED);
            bundledMarket = new MarketContext(bundled.get("GSPC"), null, "none");
            bundledObservations = Observations.collect(bundled, bundledMarket, CFG, 20, 60, p -> {
            });
        }
        return bundledObservations;
    }

    // ---- forward windows ----

    @Test
    void forwardWindowReturnAndDrawdownByHand() {
        double[] close = {100, 110, 99, 121};
        Forward f = Forward.of(close, 0, 3);
        assertThat(f.returnPct()).isCloseTo(21.0, within(1e-9));
        assertThat(f.maxDrawdownPct()).isCloseTo(10.0, within(1e-9)); // 110 -> 99
        assertThat(f.truncated()).isFalse();
        assertThat(f.sessions()).isEqualTo(3);
    }

    @Test
    void aWindowPastTheLastBarUsesTheBarsThatExistAndIsTruncated() {
        double[] close = {100, 80, 90};
        Forward f = Forward.of(close, 0, 60);
        assertThat(f.truncated()).isTrue();
        assertThat(f.sessions()).isEqualTo(2);
        assertThat(f.returnPct()).isCloseTo(-10.0, within(1e-9));
        assertThat(f.maxDrawdownPct()).isCloseTo(20.0, within(1e-9));
        assertThat(Forward.of(close, 2, 60)).isNull();
    }

    // ---- observations on synthetic series ----

    @Test
    void aDelistedInstrumentKeepsItsLastMonthsWithTruncatedWindows() {
        LocalDate[] dates = weekdays(LocalDate.of(2020, 1, 1), 700);
        Map<String, DailyBars> all = new TreeMap<>();
        all.put("LIVE", walk("LIVE", dates, 1));
        all.put("GONE", walk("GONE", Arrays.copyOf(dates, 640), 2)); // delisted 60 sessions before the data end
        List<Observation> obs = Observations.collect(all, null, CFG, 20, 60, p -> {
        });
        List<Observation> gone = obs.stream().filter(o -> o.symbol().equals("GONE")).toList();
        Observation last = gone.get(gone.size() - 1);
        DailyBars g = all.get("GONE");
        int lastIndex = g.lastIndexOnOrBefore(last.monthEnd());
        assertThat(last.fwdLong().truncated()).isTrue();
        assertThat(last.fwdLong().sessions()).isEqualTo(g.size() - 1 - lastIndex);
        assertThat(last.fwdLong().returnPct())
                .isCloseTo((g.close()[g.size() - 1] / g.close()[lastIndex] - 1) * 100, within(1e-9));
        // the study counts them: GONE's last months plus LIVE's last months
        EvidenceReport r = EvidenceStudy.analyse(all, obs, new MarketContext(null, null), CFG,
                EvidenceStudy.defaultSettings());
        long expected = obs.stream().filter(o -> o.dimension() == Dimension.REVERSAL_RISK)
                .filter(o -> o.fwdLong().truncated()).count();
        assertThat(expected).isGreaterThanOrEqualTo(4); // 2 months each at least
        assertThat(r.universe().truncatedLong()).isEqualTo((int) expected);
    }

    @Test
    void monthEndsAreEachInstrumentsOwnLastBarOfTheMonth() {
        // bars on Jan 2..Jan 27 (the instrument misses the last sessions of January), then February
        LocalDate[] dates = weekdays(LocalDate.of(2021, 1, 4), 60);
        List<LocalDate> kept = new ArrayList<>(Arrays.stream(dates)
                .filter(d -> !(d.getMonthValue() == 1 && d.getDayOfMonth() > 27)).toList());
        DailyBars b = walk("X", kept.toArray(LocalDate[]::new), 3);
        List<LocalDate> ends = Observations.monthEnds(b).stream().map(i -> b.dates()[i]).toList();
        assertThat(ends).startsWith(LocalDate.of(2021, 1, 27), LocalDate.of(2021, 2, 26));
    }

    // ---- tie-breaking ----

    @Test
    void tiesAreBrokenAtRandomReproduciblyWithTheSeed() {
        List<Observation> month = new ArrayList<>();
        for (String s : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            month.add(obs(s, 0.0));
        }
        month.add(obs("Z", 50.0));
        List<String> first = order(CrossSections.rank(month, new Random(1)));
        assertThat(order(CrossSections.rank(month, new Random(1)))).isEqualTo(first);
        assertThat(order(CrossSections.rank(month, new Random(2)))).isNotEqualTo(first);
        assertThat(first).isNotEqualTo(List.of("A", "B", "C", "D", "E", "F", "G", "H", "Z")); // not alphabetical
        // the higher score is always last, with percentile (9 - 0.5) / 9
        List<Ranked> ranked = CrossSections.rank(month, new Random(2));
        assertThat(ranked.get(8).observation().symbol()).isEqualTo("Z");
        assertThat(ranked.get(8).percentile()).isEqualTo(8.5 / 9);
        assertThat(ranked.get(0).percentile()).isEqualTo(0.5 / 9);
    }

    @Test
    void monthsWithOneInstrumentAreNotRanked() {
        List<Observation> obs = List.of(obs("A", 1), obs("B", 2), new Observation(LocalDate.of(2020, 2, 28), "A",
                Dimension.MOMENTUM_CROWDING, 3, 3.0, Map.of(), false, fwd(), fwd()));
        assertThat(CrossSections.rank(obs, 1)).hasSize(1);
    }

    // ---- the bundled history ----

    @Test
    void bundledHistory() throws Exception {
        List<Observation> obs = bundledObservations();
        Settings s = EvidenceStudy.defaultSettings();
        EvidenceReport r = EvidenceStudy.analyse(bundled, obs, bundledMarket, CFG, s);
        assertThat(r.modelVersion()).isEqualTo(ModelConfig.MODEL_VERSION);
        assertThat(r.universe().instruments()).isEqualTo(33);
        assertThat(r.universe().observations()).isEqualTo(obs.size());
        assertThat(r.universe().firstDate()).isEqualTo(LocalDate.of(1985, 11, 1)); // NDX's first bar
        // forward windows truncated only at each instrument's data end: at most 3 month ends per instrument
        assertThat(r.universe().truncatedLong()).isGreaterThan(0).isLessThanOrEqualTo(3 * 33);

        DimensionResult crowding = r.dimension(Dimension.MOMENTUM_CROWDING);
        assertThat(crowding.spreads()).extracting(sp -> sp.estimate().lag()).containsExactly(2, 4, 2, 4);
        for (Spread sp : crowding.spreads()) {
            assertThat(sp.estimate().n()).isEqualTo(crowding.quintileMonths());
            assertThat(sp.estimate().t()).isCloseTo(sp.estimate().mean() / sp.estimate().standardError(),
                    within(1e-9));
        }
        // the pooled AUC recomputed here from the observations
        List<Observation> c = Observations.of(obs, Dimension.MOMENTUM_CROWDING);
        double[] score = c.stream().mapToDouble(Observation::score).toArray();
        boolean[] event = new boolean[c.size()];
        for (int i = 0; i < event.length; i++) {
            event[i] = c.get(i).fwdLong().maxDrawdownPct() > 10;
        }
        assertThat(crowding.classification().auc()).isEqualTo(Auc.of(score, event));
        assertThat(crowding.classification().events()).isEqualTo((int) c.stream()
                .filter(o -> o.fwdLong().maxDrawdownPct() > 10).count());
        // the periods and years partition the observations
        assertThat(crowding.periods()).hasSize(2);
        assertThat(crowding.periods().stream().mapToInt(EvidenceReport.Period::observations).sum())
                .isEqualTo(c.size());
        assertThat(crowding.years().stream().mapToInt(EvidenceReport.YearRow::observations).sum())
                .isEqualTo(c.size());
        assertThat(crowding.bands().stream().mapToInt(EvidenceReport.BandRow::n).sum()).isEqualTo(c.size());
        // diagnostics: a component correlates perfectly with itself, and the score quantiles are ordered
        assertThat(r.diagnostics().correlations().get(0).get(0)).isCloseTo(1.0, within(1e-9));
        var q = r.diagnostics().quantiles(Dimension.MOMENTUM_CROWDING, EvidenceReport.SCORE);
        assertThat(q.max()).isEqualTo(c.stream().mapToDouble(Observation::score).max().orElseThrow());

        String md = r.markdown();
        assertThat(md).contains("### Momentum crowding", "### Reversal risk", "### Known limitations",
                "Survivorship", "Point in time", "Closes only", "Overlapping windows", "Sample period");
    }

    @Test
    void anotherTieSeedMovesTheQuintilesButNotTheAuc() throws Exception {
        List<Observation> obs = bundledObservations();
        Settings s1 = EvidenceStudy.defaultSettings();
        Settings s2 = new Settings(20, 60, 10, 0.8, 0.2, 99, s1.bootstrapSeed(), 6, 200);
        DimensionResult a = EvidenceStudy.dimension(Dimension.MOMENTUM_CROWDING,
                Observations.of(obs, Dimension.MOMENTUM_CROWDING), CFG, s1);
        DimensionResult b = EvidenceStudy.dimension(Dimension.MOMENTUM_CROWDING,
                Observations.of(obs, Dimension.MOMENTUM_CROWDING), CFG, s2);
        DimensionResult a2 = EvidenceStudy.dimension(Dimension.MOMENTUM_CROWDING,
                Observations.of(obs, Dimension.MOMENTUM_CROWDING), CFG, s1);
        assertThat(a2.quintiles()).isEqualTo(a.quintiles());
        assertThat(b.quintiles().get(1).meanReturnShort()).isNotEqualTo(a.quintiles().get(1).meanReturnShort());
        assertThat(b.classification().auc()).isEqualTo(a.classification().auc());
        assertThat(b.spreads().get(0).measure()).isEqualTo(Measure.RETURN);
    }

    // ---- progress, cancellation, CLI ----

    @Test
    void progressEndsAtOneHundredAndAnInterruptCancels() {
        LocalDate[] dates = weekdays(LocalDate.of(2020, 1, 1), 400);
        Map<String, DailyBars> all = Map.of("A", walk("A", dates, 1), "B", walk("B", dates, 2), "C",
                walk("C", dates, 3));
        AtomicInteger last = new AtomicInteger(-1);
        EvidenceStudy.run(all, new MarketContext(null, null), CFG, p -> last.accumulateAndGet(p, Math::max));
        assertThat(last.get()).isEqualTo(100);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> EvidenceStudy.run(all, new MarketContext(null, null), CFG, p -> {
            })).isInstanceOf(CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void cliPrintsTheMarkdownReport(@TempDir Path dir) throws Exception {
        LocalDate[] dates = weekdays(LocalDate.of(2019, 1, 1), 500);
        for (int s = 0; s < 6; s++) {
            DailyBars b = walk("S" + s, dates, 40 + s);
            StringBuilder sb = new StringBuilder("date,open,high,low,close,volume\n");
            for (int i = 0; i < b.size(); i++) {
                sb.append(b.dates()[i]).append(',').append(b.open()[i]).append(',').append(b.high()[i]).append(',')
                        .append(b.low()[i]).append(',').append(b.close()[i]).append(',').append(b.volume()[i])
                        .append('\n');
            }
            Files.writeString(dir.resolve("S" + s + ".csv"), sb.toString());
        }
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            EvidenceStudy.main(new String[] {dir.toString(), "S0", "S1"});
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString()).contains("## Evidence study (model " + ModelConfig.MODEL_VERSION + ")",
                "6 instruments (S0, S1, S2, S3, S4, S5)", "| top (Q5) |", "Run time: ");
    }

    // ---- helpers ----

    private static List<String> order(List<Ranked> ranked) {
        return ranked.stream().map(r -> r.observation().symbol()).toList();
    }

    private static Forward fwd() {
        return new Forward(20, 20, 1, 1, false);
    }

    private static Observation obs(String symbol, double score) {
        return new Observation(LocalDate.of(2020, 1, 31), symbol, Dimension.MOMENTUM_CROWDING, score, score,
                Map.of(), false, fwd(), new Forward(60, 60, 1, 1, false));
    }

    static LocalDate[] weekdays(LocalDate start, int n) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = start; out.size() < n; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out.toArray(LocalDate[]::new);
    }

    /** SYNTHETIC random walk with OHLCV. */
    static DailyBars walk(String symbol, LocalDate[] dates, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = dates.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double price = 50 + rnd.nextDouble() * 50;
        for (int i = 0; i < n; i++) {
            o[i] = price;
            price *= Math.exp(0.0003 + 0.02 * rnd.nextGaussian());
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) * 1.005;
            l[i] = Math.min(o[i], c[i]) * 0.995;
            v[i] = 1_000_000 * (0.5 + rnd.nextDouble());
        }
        return new DailyBars(symbol, dates, o, h, l, c, v);
    }
}
