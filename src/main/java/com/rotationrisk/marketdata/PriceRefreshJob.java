package com.rotationrisk.marketdata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;

import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.marketdata.provider.PriceProvider;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The daily refresh of every held instrument and the benchmarks: on a schedule, and when an
 * administrator starts it. Both take the same database lock (ShedLock), so one refresh runs at a
 * time across every application instance; a manual start while one runs is refused with a message.
 */
@Service
@EnableConfigurationProperties(PriceRefreshSettings.class)
public class PriceRefreshJob {

    static final String LOCK = "price-refresh";
    private static final Duration LOCK_AT_MOST = Duration.ofHours(3);
    private static final Logger log = LoggerFactory.getLogger(PriceRefreshJob.class);

    private final PriceFetchService fetch;
    private final LockProvider locks;
    private final ObjectProvider<PriceProvider> provider;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "price-refresh");
        t.setDaemon(true);
        return t;
    });

    PriceRefreshJob(PriceFetchService fetch, LockProvider locks,
                    ObjectProvider<PriceProvider> provider,
                    CurrentUser currentUser, Clock clock, org.springframework.transaction.support.TransactionTemplate tx,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.fetch = fetch;
        this.locks = locks;
        this.provider = provider;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
    }

    @Scheduled(cron = "${rotationrisk.marketdata.refresh.cron:0 30 22 * * MON-FRI}",
            zone = "${rotationrisk.marketdata.refresh.zone:America/New_York}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT3H")
    void scheduled() {
        if (provider.getIfAvailable() == null) {
            log.info("Scheduled price refresh skipped: no online price provider is configured");
            return;
        }
        refresh("scheduler", AuditActor.SYSTEM);
    }

    /**
     * Starts a refresh in the background now. Returns a message when it cannot start (no provider, or
     * a refresh already running on this or another instance); empty when it started.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> startNow() {
        if (provider.getIfAvailable() == null) {
            return Optional.of("No online price provider is configured, so there is nothing to refresh from.");
        }
        SignedInUser me = currentUser.require();
        String who = me.username();
        // taken now: the refresh runs on another thread, where the administrator's request is gone
        AuditActor actor = me.auditActor().withCurrentRequestAddress();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST,
                Duration.ZERO));
        if (lock.isEmpty()) {
            return Optional.of("A price refresh is already running (here or on another instance); its progress is "
                    + "shown below.");
        }
        background.submit(() -> {
            try {
                refresh(who, actor);
            } finally {
                lock.get().unlock();
            }
        });
        return Optional.empty();
    }

    private void refresh(String startedBy, AuditActor actor) {
        try {
            List<String> symbols = List.copyOf(fetch.refreshUniverse());
            List<PriceFetchService.SymbolResult> results = fetch.run(startedBy, actor, symbols);
            int failed = (int) results.stream().filter(r -> r.outcome().failed()).count();
            log.info("Price refresh by {}: {} symbols, {} failed", startedBy, results.size(), failed);
            // published in a transaction: module listeners run once it commits
            tx.executeWithoutResult(s -> events.publishEvent(new PriceRefreshCompleted(clock.instant(),
                    results.size(), failed)));
        } catch (RuntimeException e) {
            log.error("Price refresh by {} stopped: {}", startedBy, e.getMessage(), e);
        }
    }
}
