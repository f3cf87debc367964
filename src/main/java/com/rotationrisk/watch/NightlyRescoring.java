package com.rotationrisk.watch;

import com.rotationrisk.marketdata.PriceRefreshCompleted;
import com.rotationrisk.portfolio.PortfolioPurged;
import com.rotationrisk.portfolio.ScoredPortfolio;
import com.rotationrisk.portfolio.WatchedPortfolios;
import com.rotationrisk.security.SystemTask;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores every saved portfolio again after the daily price refresh (and on a schedule, for installations without a
 * price provider), keeps the result and raises the alerts the rules find. One run at a time across every instance
 * (the same database lock as the price refresh uses, under its own name). Portfolios are done in chunks, each in one
 * transaction with its alerts, so a run that stops half-way leaves whole chunks behind; the next run (at the latest
 * the next start of the application) skips what is stored and does the rest, and stored alerts are never raised twice.
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(WatchSettings.class)
public class NightlyRescoring {

    static final String LOCK = "watch-rescoring";
    private static final Duration LOCK_AT_MOST = Duration.ofHours(3);
    private static final Logger log = LoggerFactory.getLogger(NightlyRescoring.class);

    /** What a run did. */
    public record Outcome(int portfolios, int scored, int unchanged, int notScored, int alerts) {
    }

    private final WatchedPortfolios watched;
    private final SnapshotStore snapshots;
    private final ComponentStore components;
    private final AlertStore alerts;
    private final RuleStore rules;
    private final WatchRuns runs;
    private final AlertMail mail;
    private final TransactionTemplate tx;
    private final LockProvider locks;
    private final SystemTask system;
    private final Clock clock;
    /** Portfolios per transaction (tests make it small). */
    int chunkSize;
    /** Called after each stored chunk with the number of portfolios done so far (tests stop a run there). */
    IntConsumer afterChunk = done -> { };

    NightlyRescoring(WatchedPortfolios watched, SnapshotStore snapshots, ComponentStore components, AlertStore alerts,
                     RuleStore rules, WatchRuns runs, AlertMail mail, TransactionTemplate tx, LockProvider locks,
                     SystemTask system, Clock clock, WatchSettings settings) {
        this.watched = watched;
        this.snapshots = snapshots;
        this.components = components;
        this.alerts = alerts;
        this.rules = rules;
        this.runs = runs;
        this.mail = mail;
        this.tx = tx;
        this.locks = locks;
        this.system = system;
        this.clock = clock;
        this.chunkSize = settings.chunkSize();
    }

    /** Not in a transaction of its own: each chunk commits by itself, so a run that stops keeps what it did. */
    @ApplicationModuleListener(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void afterPriceRefresh(PriceRefreshCompleted refreshed) {
        runOnce("after price refresh");
    }

    @Scheduled(cron = "${rotationrisk.watch.cron:0 15 23 * * MON-FRI}",
            zone = "${rotationrisk.watch.zone:America/New_York}")
    void scheduled() {
        runOnce("schedule");
    }

    /** A run the instance did not finish (it stopped) is taken up again when the application is back. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterStart() {
        if (runs.lastUnfinished()) {
            Thread.ofVirtual().name("watch-resume").start(() -> runOnce("resume after restart"));
        }
    }

    @EventListener
    void forget(PortfolioPurged purged) {
        snapshots.forget(purged.portfolioId());
    }

    /** Runs now unless a run holds the lock here or on another instance; empty then. */
    public Optional<Outcome> runOnce(String startedBy) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST,
                Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Re-scoring ({}) skipped: another run holds the lock", startedBy);
            return Optional.empty();
        }
        try {
            Outcome outcome = system.call("watch-rescoring", () -> run(startedBy));
            try {
                system.run("alert-mail", mail::sendEach);
            } catch (RuntimeException e) {
                log.warn("Alert mail after re-scoring ({}) failed; the inbox has the alerts: {}", startedBy,
                        e.getMessage(), e);
            }
            return Optional.of(outcome);
        } catch (RuntimeException e) {
            log.error("Re-scoring ({}) stopped: {}", startedBy, e.getMessage(), e);
            throw e;
        } finally {
            lock.get().unlock();
        }
    }

    private Outcome run(String startedBy) {
        List<Long> ids = watched.savedIds();
        long runId = runs.start(startedBy, ids.size(), clock.instant());
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, Set<String>> kept = new HashMap<>();
        InstrumentComponents reader = components.reader();
        int scored = 0;
        int unchanged = 0;
        int notScored = 0;
        int raised = 0;
        for (int from = 0; from < ids.size(); from += chunkSize) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + chunkSize));
            Map<Long, LocalDate> dates = new HashMap<>();
            Map<Long, Long> versions = new HashMap<>();
            int chunkNotScored = 0;
            for (WatchedPortfolios.Dated d : watched.valuationDates(chunk)) {
                if (d.asOf() == null) {
                    chunkNotScored++;
                } else {
                    dates.put(d.id(), d.asOf());
                    versions.put(d.id(), d.version());
                }
            }
            Map<Long, SnapshotStore.Key> stored = snapshots.at(dates);
            List<Long> toScore = new ArrayList<>();
            dates.keySet().forEach(id -> {
                SnapshotStore.Key key = stored.get(id);
                if (key == null || key.version() != versions.get(id)) {
                    toScore.add(id);
                }
            });
            int chunkUnchanged = dates.size() - toScore.size();
            List<ScoredPortfolio> results = toScore.isEmpty() ? List.of() : watched.score(toScore);
            int[] counts = tx.execute(status -> store(results, stored, today, kept, reader));
            runs.count(runId, counts[0], chunkUnchanged, chunkNotScored + counts[2], counts[1]);
            scored += counts[0];
            raised += counts[1];
            notScored += chunkNotScored + counts[2];
            unchanged += chunkUnchanged;
            afterChunk.accept(Math.min(ids.size(), from + chunkSize));
        }
        Outcome outcome = new Outcome(ids.size(), scored, unchanged, notScored, raised);
        runs.finish(runId, clock.instant(), null);
        log.info("Re-scoring ({}): {}", startedBy, outcome);
        return outcome;
    }

    /** One chunk's snapshots, components and alerts; returns {scored, alerts, not scored}. */
    private int[] store(List<ScoredPortfolio> results, Map<Long, SnapshotStore.Key> stored, LocalDate today,
                        Map<LocalDate, Set<String>> kept, InstrumentComponents reader) {
        Map<Long, RuleSettings> settings = rules.effective(results.stream().map(ScoredPortfolio::id).toList());
        int scored = 0;
        int raised = 0;
        int notScored = 0;
        Map<LocalDate, Set<String>> unknown = new HashMap<>();
        for (ScoredPortfolio p : results) {
            if (p.scored()) {
                Set<String> keptAtDate = kept.computeIfAbsent(p.asOf(), d -> new HashSet<>());
                p.assessment().positions().stream().map(pos -> pos.ticker()).filter(t -> !keptAtDate.contains(t))
                        .forEach(t -> unknown.computeIfAbsent(p.asOf(), d -> new HashSet<>()).add(t));
            }
        }
        unknown.forEach((date, tickers) -> kept.get(date).addAll(components.kept(date, tickers)));
        List<ComponentStore.Row> newComponents = new ArrayList<>();
        for (ScoredPortfolio p : results) {
            if (p.scored()) {
                newComponents.addAll(SnapshotFactory.components(p.assessment(), kept.get(p.asOf())));
            }
        }
        components.keep(newComponents);
        for (ScoredPortfolio p : results) {
            if (!p.scored()) {
                notScored++;
                continue;
            }
            Snapshot now = SnapshotFactory.of(p, today);
            long id = snapshots.save(now, clock.instant(), stored.get(p.id()));
            Optional<Snapshot> before = snapshots.previous(p.id(), p.asOf());
            if (before.isPresent()) {
                List<AlertDraft> drafts = AlertPolicies.evaluate(before.get(), now.withId(id), settings.get(p.id()),
                        reader);
                raised += alerts.add(p.id(), id, p.asOf(), before.get().asOf(), drafts, clock.instant());
            }
            scored++;
        }
        return new int[] {scored, raised, notScored};
    }
}
