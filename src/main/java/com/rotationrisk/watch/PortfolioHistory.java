package com.rotationrisk.watch;

import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A portfolio's kept scorings, for those who may read the portfolio: the history chart and "what changed". */
@Service
@PreAuthorize("isAuthenticated()")
public class PortfolioHistory {

    /** About two years of trading days. */
    public static final int MAX_POINTS = 520;

    private final SnapshotStore snapshots;
    private final PortfolioReaders readers;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    PortfolioHistory(SnapshotStore snapshots, PortfolioReaders readers, CurrentUser currentUser, JdbcTemplate jdbc,
                     java.time.Clock clock) {
        this.snapshots = snapshots;
        this.readers = readers;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryPoint> history(long portfolioId) {
        readers.requireRead(portfolioId);
        return snapshots.history(portfolioId, MAX_POINTS).stream().map(s -> new HistoryPoint(s.asOf(), s.scoredOn(),
                s.grade(), s.scores(), s.reasons(), s.worstPct(), s.modelVersion())).toList();
    }

    /**
     * What changed since the caller last looked at this portfolio's newest scoring; looking now counts as a look.
     * Empty when the portfolio has not been re-scored yet.
     */
    @Transactional
    public Optional<WhatChanged> sinceLastLook(long portfolioId) {
        SignedInUser me = currentUser.require();
        readers.requireRead(portfolioId);
        Optional<Snapshot> latest = snapshots.latest(portfolioId);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<Long> seen = jdbc.queryForList("select snapshot_id from watch_seen where user_id = ? and portfolio_id = ?",
                Long.class, me.id(), portfolioId);
        Optional<Snapshot> before = seen.isEmpty() ? Optional.empty() : snapshots.byId(seen.getFirst());
        Timestamp now = Timestamp.from(clock.instant());
        if (seen.isEmpty()) {
            jdbc.update("insert into watch_seen (user_id, portfolio_id, snapshot_id, seen_at) values (?, ?, ?, ?)",
                    me.id(), portfolioId, latest.get().id(), now);
        } else {
            jdbc.update("update watch_seen set snapshot_id = ?, seen_at = ? where user_id = ? and portfolio_id = ?",
                    latest.get().id(), now, me.id(), portfolioId);
        }
        if (before.isEmpty()) {
            return Optional.of(new WhatChanged(null, latest.get().asOf(), List.of(), List.of(), List.of()));
        }
        return Optional.of(compare(before.get(), latest.get()));
    }

    static WhatChanged compare(Snapshot was, Snapshot now) {
        List<String> holdings = new ArrayList<>();
        List<String> prices = new ArrayList<>();
        for (Snapshot.Position p : now.positions()) {
            Snapshot.Position b = was.position(p.ticker());
            if (b == null) {
                holdings.add("Added " + p.ticker() + " (" + quantity(p.quantity()) + ")");
                continue;
            }
            if (Math.abs(b.quantity() - p.quantity()) > 1e-9) {
                holdings.add(p.ticker() + " quantity " + quantity(b.quantity()) + " → " + quantity(p.quantity()));
            }
            if (b.price() != null && p.price() != null && b.price() > 0 && !Objects.equals(b.priceDate(), p.priceDate())) {
                double change = (p.price() / b.price() - 1) * 100;
                prices.add(p.ticker() + " " + String.format(Locale.ROOT, "%+.1f %%", change) + " (" + b.priceDate()
                        + " → " + p.priceDate() + ")");
            }
        }
        for (Snapshot.Position b : was.positions()) {
            if (now.position(b.ticker()) == null) {
                holdings.add("Removed " + b.ticker());
            }
        }
        List<String> scores = new ArrayList<>();
        if (was.grade() != now.grade()) {
            scores.add("Grade " + label(was) + " → " + label(now));
        }
        for (Dimension dim : Dimension.values()) {
            Double b = was.score(dim);
            Double a = now.score(dim);
            if (!Objects.equals(b == null ? null : Math.round(b * 10), a == null ? null : Math.round(a * 10))) {
                scores.add(dim.label() + " " + AlertPolicies.score(b) + " → " + AlertPolicies.score(a));
            }
        }
        if (!Objects.equals(rounded(was.worstPct()), rounded(now.worstPct()))) {
            scores.add("Worst case " + pct(was.worstPct()) + " → " + pct(now.worstPct()));
        }
        return new WhatChanged(was.asOf(), now.asOf(), holdings, prices, scores);
    }

    private static String label(Snapshot s) {
        return s.grade() == null ? "not graded" : s.grade().label();
    }

    private static Long rounded(Double v) {
        return v == null ? null : Math.round(v * 10);
    }

    private static String pct(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", v);
    }

    private static String quantity(double q) {
        return q == Math.rint(q) ? String.format(Locale.ROOT, "%.0f", q) : String.format(Locale.ROOT, "%.4f", q);
    }
}
