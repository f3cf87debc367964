package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The alert rules as named policies: each compares the previous scoring of a portfolio with the new one and raises
 * alerts that name what changed, the values before and after, and what drove it. A rule fires at its threshold and
 * not below (a small tolerance absorbs floating-point noise in stored scores). Plain Java: no database, no Spring.
 */
final class AlertPolicies {

    static final double TOLERANCE = 1e-9;
    private static final List<Dimension> POSITION_DIMENSIONS = List.of(Dimension.MOMENTUM_CROWDING,
            Dimension.REVERSAL_RISK);

    private AlertPolicies() {
    }

    /** Every alert the enabled rules raise between {@code before} and {@code after}; none without a before. */
    static List<AlertDraft> evaluate(Snapshot before, Snapshot after, RuleSettings rules, InstrumentComponents parts) {
        List<AlertDraft> out = new ArrayList<>();
        if (before == null) {
            return out;
        }
        for (AlertRule rule : AlertRule.values()) {
            if (!rules.enabled(rule)) {
                continue;
            }
            double t = rules.threshold(rule);
            switch (rule) {
                case GRADE_WORSENED -> gradeWorsened(before, after, t, out);
                case DIMENSION_ROSE -> dimensionRose(before, after, t, parts, out);
                case POSITION_CROSSED -> positionCrossed(before, after, t, parts, out);
                case NEW_FLAG -> newFlags(before, after, out);
                case WORST_CASE_DEEPENED -> worstCaseDeepened(before, after, t, out);
                case PRICES_STALE -> pricesStale(before, after, t, out);
            }
        }
        return out;
    }

    static void gradeWorsened(Snapshot before, Snapshot after, double bands, List<AlertDraft> out) {
        if (before.grade() == null || after.grade() == null) {
            return;
        }
        int worse = after.grade().ordinal() - before.grade().ordinal();
        if (worse + TOLERANCE < bands) {
            return;
        }
        List<String> drivers = new ArrayList<>();
        for (Dimension dim : byRise(before, after)) {
            drivers.add(dim.label() + " " + score(before.score(dim)) + " → " + score(after.score(dim)));
        }
        out.add(new AlertDraft(AlertRule.GRADE_WORSENED, "", "Grade worsened from " + before.grade().label()
                + " to " + after.grade().label(), before.grade().label(), after.grade().label(),
                String.join("; ", drivers)));
    }

    static void dimensionRose(Snapshot before, Snapshot after, double points, InstrumentComponents parts,
                              List<AlertDraft> out) {
        for (Dimension dim : Dimension.values()) {
            Double b = before.score(dim);
            Double a = after.score(dim);
            if (b == null || a == null || a - b + TOLERANCE < points) {
                continue;
            }
            out.add(new AlertDraft(AlertRule.DIMENSION_ROSE, dim.name(), dim.label() + " rose by "
                    + AlertRule.number(round1(a - b)) + " points", score(b), score(a),
                    positionDrivers(before, after, dim, parts)));
        }
    }

    static void positionCrossed(Snapshot before, Snapshot after, double level, InstrumentComponents parts,
                                List<AlertDraft> out) {
        for (Snapshot.Position now : after.positions()) {
            Snapshot.Position was = before.position(now.ticker());
            if (was == null) {
                continue;
            }
            for (Dimension dim : POSITION_DIMENSIONS) {
                Double b = was.score(dim);
                Double a = now.score(dim);
                if (b == null || a == null || !(b < level - TOLERANCE) || a + TOLERANCE < level) {
                    continue;
                }
                out.add(new AlertDraft(AlertRule.POSITION_CROSSED, now.ticker() + ":" + dim.name(), now.ticker()
                        + " " + dim.label().toLowerCase(Locale.ROOT) + " reached " + score(a) + " (level "
                        + AlertRule.number(level) + ")", score(b), score(a),
                        componentDrivers(before, after, now.ticker(), dim, parts)));
            }
        }
    }

    static void newFlags(Snapshot before, Snapshot after, List<AlertDraft> out) {
        Set<String> had = new HashSet<>();
        before.flags().forEach(f -> had.add(f.type() + ":" + f.ticker()));
        for (Snapshot.Flag f : after.flags()) {
            if (had.add(f.type() + ":" + f.ticker())) {
                out.add(new AlertDraft(AlertRule.NEW_FLAG, f.type() + ":" + f.ticker(), "New behavioural flag: "
                        + flagName(f.type()) + " on " + f.ticker(), "no flag", flagName(f.type()), f.message()));
            }
        }
    }

    static void worstCaseDeepened(Snapshot before, Snapshot after, double pp, List<AlertDraft> out) {
        if (before.worstPct() == null || after.worstPct() == null || before.worstPct() - after.worstPct()
                + TOLERANCE < pp) {
            return;
        }
        String drivers = "Worst case now: " + after.worstScenario() + " (before: " + before.worstScenario() + ")"
                + (after.worstDrivers() == null ? "" : ". Largest contributors: " + after.worstDrivers());
        out.add(new AlertDraft(AlertRule.WORST_CASE_DEEPENED, "", "Worst-case loss deepened by "
                + AlertRule.number(round1(before.worstPct() - after.worstPct())) + " percentage points",
                pct(before.worstPct()), pct(after.worstPct()), drivers));
    }

    static void pricesStale(Snapshot before, Snapshot after, double days, List<AlertDraft> out) {
        for (Snapshot.Position now : after.positions()) {
            Snapshot.Position was = before.position(now.ticker());
            if (was == null || com.rotationrisk.marketdata.Ticker.isCash(now.ticker())
                    || stale(was, before, days) || !stale(now, after, days)) {
                continue;
            }
            String age = now.priceDate() == null ? "no price" : "last price " + now.priceDate();
            out.add(new AlertDraft(AlertRule.PRICES_STALE, now.ticker(), "Prices for " + now.ticker()
                    + " are stale", was.priceDate() == null ? "no price" : "last price " + was.priceDate(), age,
                    now.priceDate() == null ? "No usable price on or before " + after.asOf() + "."
                            : ChronoUnit.DAYS.between(now.priceDate(), after.scoredOn()) + " days old when scored on "
                            + after.scoredOn() + "."));
        }
    }

    /** A price is stale when it is {@code days} or more older than the day it was scored on, or missing. */
    static boolean stale(Snapshot.Position p, Snapshot s, double days) {
        return p.priceDate() == null || ChronoUnit.DAYS.between(p.priceDate(), s.scoredOn()) + TOLERANCE >= days;
    }

    /** The three positions whose weighted score moved the dimension most, each with its components' moves. */
    private static String positionDrivers(Snapshot before, Snapshot after, Dimension dim, InstrumentComponents parts) {
        record Move(Snapshot.Position now, Snapshot.Position was, double change) {
        }
        List<Move> moves = new ArrayList<>();
        for (Snapshot.Position now : after.positions()) {
            if (now.score(dim) == null || now.weight() == null) {
                continue;
            }
            Snapshot.Position was = before.position(now.ticker());
            double previous = was == null || was.score(dim) == null || was.weight() == null ? 0
                    : was.weight() * was.score(dim);
            moves.add(new Move(now, was, now.weight() * now.score(dim) - previous));
        }
        moves.sort(Comparator.comparingDouble(Move::change).reversed());
        List<String> out = new ArrayList<>();
        for (Move m : moves.subList(0, Math.min(3, moves.size()))) {
            String was = m.was() == null ? "not held" : score(m.was().score(dim));
            String line = m.now().ticker() + " " + was + " → " + score(m.now().score(dim)) + " at "
                    + AlertRule.number(round1(m.now().weight() * 100)) + " % of value";
            String components = POSITION_DIMENSIONS.contains(dim)
                    ? componentDrivers(before, after, m.now().ticker(), dim, parts) : "";
            out.add(components.isEmpty() ? line : line + " (" + components + ")");
        }
        return out.isEmpty() ? "No single position stands out." : String.join("; ", out);
    }

    /** The two components whose points moved most for one instrument. */
    private static String componentDrivers(Snapshot before, Snapshot after, String ticker, Dimension dim,
                                           InstrumentComponents parts) {
        Map<String, InstrumentComponents.Points> was = parts.of(before.asOf(), ticker, dim);
        Map<String, InstrumentComponents.Points> now = parts.of(after.asOf(), ticker, dim);
        record Move(String label, Double was, Double now, double change) {
        }
        List<Move> moves = new ArrayList<>();
        now.forEach((key, p) -> {
            InstrumentComponents.Points b = was.get(key);
            Double previous = b == null ? null : b.points();
            if (p.points() != null) {
                moves.add(new Move(p.label(), previous, p.points(), p.points() - (previous == null ? 0 : previous)));
            }
        });
        moves.sort(Comparator.comparingDouble((Move m) -> Math.abs(m.change())).reversed());
        List<String> out = new ArrayList<>();
        for (Move m : moves.subList(0, Math.min(2, moves.size()))) {
            out.add(m.label() + " " + (m.was() == null ? "n/a" : score(m.was())) + " → " + score(m.now()) + " pts");
        }
        return String.join(", ", out);
    }

    private static List<Dimension> byRise(Snapshot before, Snapshot after) {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.values()));
        dims.sort(Comparator.comparingDouble((Dimension d) -> rise(before.score(d), after.score(d))).reversed());
        return dims;
    }

    private static double rise(Double before, Double after) {
        return before == null || after == null ? Double.NEGATIVE_INFINITY : after - before;
    }

    static String score(Double v) {
        return v == null ? "n/a" : AlertRule.number(round1(v));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String flagName(String type) {
        String s = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
