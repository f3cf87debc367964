package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts made the way the nightly re-scoring makes them, for tests outside this package (the browser tests): a
 * portfolio scored, a calmer scoring stored one day earlier, and scored again so that the rules compare the two.
 */
public final class WatchTestData {

    private final NightlyRescoring rescoring;
    private final SnapshotStore snapshots;
    private final JdbcTemplate jdbc;

    public WatchTestData(ApplicationContext context) {
        this.rescoring = context.getBean(NightlyRescoring.class);
        this.snapshots = context.getBean(SnapshotStore.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** Raises alerts on {@code portfolioId} (scores rose, the worst case deepened); returns the alerts' as-of date. */
    public LocalDate alertsOn(long portfolioId) {
        run();
        Snapshot today = snapshots.latest(portfolioId).orElseThrow();
        calmerYesterday(today, Map.of());
        run();
        return today.asOf();
    }

    /**
     * Stores a scoring one day before {@code today} that was calmer in every way (graded Low, scores 25 points lower,
     * the worst case 10 points milder), with {@code otherQuantities} where given, as if the night before had made it;
     * today's scoring is deleted, so that the next run scores today again and compares.
     */
    void calmerYesterday(Snapshot today, Map<String, Double> otherQuantities) {
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        today.scores().forEach((dim, v) -> scores.put(dim, Math.max(0, v - 25)));
        List<Snapshot.Position> positions = new ArrayList<>();
        for (Snapshot.Position p : today.positions()) {
            positions.add(new Snapshot.Position(p.ticker(), otherQuantities.getOrDefault(p.ticker(), p.quantity()),
                    p.price(), p.priceDate(), p.weight(), p.crowding() == null ? null : Math.max(0, p.crowding() - 25),
                    p.reversal(), p.exposure()));
        }
        Snapshot yesterday = new Snapshot(null, today.portfolioId(), today.asOf().minusDays(1), today.portfolioVersion(),
                today.scoredOn().minusDays(1), today.modelVersion(), OverallGrade.Grade.LOW, scores, new HashMap<>(),
                today.worstPct() == null ? null : today.worstPct() + 10, "Calm scenario", null, today.coverageShare(),
                today.coverageSummary(), today.holdings(), positions, List.of());
        snapshots.save(yesterday, Instant.now(), null);
        jdbc.update("delete from watch_snapshot where id = ?", today.id());
    }

    /** Runs now; waits while a run started elsewhere (another test, a price refresh) holds the lock. */
    public NightlyRescoring.Outcome run() {
        for (int attempt = 0; attempt < 600; attempt++) {
            Optional<NightlyRescoring.Outcome> outcome = rescoring.runOnce("test");
            if (outcome.isPresent()) {
                return outcome.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The re-scoring lock stayed taken for a minute");
    }
}
