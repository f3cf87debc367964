package com.rotationrisk.watch;

import com.rotationrisk.portfolio.ScoredPortfolio;
import com.rotationrisk.risk.engine.BehaviouralFlag;
import com.rotationrisk.risk.engine.ComponentScore;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PortfolioDimension;
import com.rotationrisk.risk.engine.PositionAssessment;
import com.rotationrisk.risk.engine.PositionContribution;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.risk.engine.UnscoredHolding;
import com.rotationrisk.risk.engine.WorstCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What is kept of an assessment: the figures the alert rules, the history and "what changed" read. */
final class SnapshotFactory {

    private static final List<Dimension> INSTRUMENT_DIMENSIONS = List.of(Dimension.MOMENTUM_CROWDING,
            Dimension.REVERSAL_RISK);

    private SnapshotFactory() {
    }

    static Snapshot of(ScoredPortfolio scored, LocalDate scoredOn) {
        PortfolioAssessment a = scored.assessment();
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        Map<String, String> reasons = new HashMap<>();
        if (!a.grade().graded()) {
            reasons.put("grade", a.grade().rule());
        }
        for (Dimension dim : Dimension.values()) {
            PortfolioDimension d = a.dimensions().get(dim);
            if (d != null && d.score().isPresent()) {
                scores.put(dim, d.score().getAsDouble());
            } else {
                reasons.put(dim.name(), d == null ? "Not assessed." : d.notAssessedReason());
            }
        }
        Optional<WorstCase> worst = a.worstCase();
        String drivers = worst.map(w -> worstDrivers(a.scenario(w.scenarioId()))).orElse(null);
        Map<String, Snapshot.Position> positions = new LinkedHashMap<>();
        for (PositionAssessment p : a.positions()) {
            positions.put(p.ticker(), new Snapshot.Position(p.ticker(), p.quantity(), p.price(), p.priceDate(),
                    p.weight(), value(p.crowding()), value(p.reversal()), value(p.exposure())));
        }
        for (UnscoredHolding u : a.coverage().unscored()) {
            positions.putIfAbsent(u.ticker(), new Snapshot.Position(u.ticker(), u.quantity(), u.price(), u.priceDate(),
                    null, null, null, null));
        }
        Map<String, Snapshot.Flag> flags = new LinkedHashMap<>();
        for (BehaviouralFlag f : a.flags()) {
            flags.putIfAbsent(f.type().name() + ":" + f.ticker(), new Snapshot.Flag(f.type().name(), f.ticker(),
                    f.message()));
        }
        return new Snapshot(null, scored.id(), scored.asOf(), scored.version(), scoredOn, a.modelVersion(),
                a.grade().grade(), scores, reasons, worst.map(WorstCase::impactPct).orElse(null),
                worst.map(WorstCase::scenarioName).orElse(null), drivers,
                a.coverage().scoredShare().isPresent() ? a.coverage().scoredShare().getAsDouble() : null,
                a.coverage().summary(), scored.holdings(), List.copyOf(positions.values()),
                List.copyOf(flags.values()));
    }

    /** The crowding and reversal components of every scored position, for instruments not kept yet at this date. */
    static List<ComponentStore.Row> components(PortfolioAssessment a, java.util.Set<String> alreadyKept) {
        List<ComponentStore.Row> rows = new ArrayList<>();
        for (PositionAssessment p : a.positions()) {
            if (!alreadyKept.add(p.ticker())) {
                continue;
            }
            for (Dimension dim : INSTRUMENT_DIMENSIONS) {
                for (ComponentScore c : p.dimension(dim).components()) {
                    rows.add(new ComponentStore.Row(a.asOf(), p.ticker(), dim, c.key(), c.label(), c.rawValue(),
                            c.points()));
                }
            }
        }
        return rows;
    }

    private static Double value(DimensionScore s) {
        return s != null && s.score().isPresent() ? s.score().getAsDouble() : null;
    }

    private static String worstDrivers(ScenarioResult r) {
        if (r == null || r.topContributors().isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (PositionContribution c : r.topContributors().subList(0, Math.min(3, r.topContributors().size()))) {
            out.add(c.ticker() + " " + String.format(Locale.ROOT, "%+.1f", c.contributionPct()) + " pp");
        }
        return String.join(", ", out);
    }
}
