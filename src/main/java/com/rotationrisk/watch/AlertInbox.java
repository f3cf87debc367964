package com.rotationrisk.watch;

import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's alerts: those on the portfolios they may read now (their own and those shared with them by a grant in
 * effect), decided on every call, so a revoked grant ends them at once. Read marks are per person.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertInbox {

    public static final int MAX_SHOWN = 500;

    private final AlertStore store;
    private final PortfolioReaders readers;
    private final CurrentUser currentUser;
    private final Clock clock;

    AlertInbox(AlertStore store, PortfolioReaders readers, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Newest first, at most {@code limit} (1 to {@link #MAX_SHOWN}). */
    @Transactional(readOnly = true)
    public List<Alert> mine(boolean unreadOnly, int limit) {
        SignedInUser me = currentUser.require();
        return store.forReader(me.id(), readers.readable(), unreadOnly, Math.max(1, Math.min(limit, MAX_SHOWN)));
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        SignedInUser me = currentUser.require();
        Map<Long, String> readable = readers.readable();
        return readable.isEmpty() ? 0 : store.unread(me.id(), readable.keySet());
    }

    /** Marks one alert read; an alert on a portfolio the caller may not read is refused like one that does not exist. */
    @Transactional
    public void markRead(long alertId) {
        SignedInUser me = currentUser.require();
        Long portfolio = store.portfolioOf(alertId);
        if (portfolio == null) {
            throw new AccessDeniedException("No such alert");
        }
        readers.requireRead(portfolio);
        store.markRead(me.id(), alertId, clock.instant());
    }

    /** Marks every alert the caller may see read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        SignedInUser me = currentUser.require();
        Map<Long, String> readable = readers.readable();
        if (readable.isEmpty()) {
            return 0;
        }
        return store.markAllRead(me.id(), readable.keySet(), clock.instant());
    }
}
