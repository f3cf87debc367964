package com.rotationrisk.watch;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Alerts and who has read or been mailed them, in plain SQL. */
@Component
class AlertStore {

    private final JdbcTemplate jdbc;

    AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the drafts not stored yet for this portfolio and date (a resumed or repeated run raises the same ones
     * again); returns how many were new.
     */
    int add(long portfolioId, long snapshotId, LocalDate asOf, LocalDate previousAsOf, List<AlertDraft> drafts,
            Instant at) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList("select rule || '|' || subject from alert where"
                + " portfolio_id = ? and as_of = ?", String.class, portfolioId, Date.valueOf(asOf)));
        List<AlertDraft> fresh = drafts.stream().filter(d -> known.add(d.rule().name() + "|" + d.subject())).toList();
        jdbc.batchUpdate("insert into alert (portfolio_id, snapshot_id, as_of, previous_as_of, rule, subject, title,"
                + " before_value, after_value, drivers, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fresh, 500,
                (ps, d) -> {
                    ps.setLong(1, portfolioId);
                    ps.setLong(2, snapshotId);
                    ps.setDate(3, Date.valueOf(asOf));
                    ps.setDate(4, Date.valueOf(previousAsOf));
                    ps.setString(5, d.rule().name());
                    ps.setString(6, SnapshotStore.cut(d.subject(), 60));
                    ps.setString(7, SnapshotStore.cut(d.title(), 400));
                    ps.setString(8, SnapshotStore.cut(d.before(), 100));
                    ps.setString(9, SnapshotStore.cut(d.after(), 100));
                    ps.setString(10, SnapshotStore.cut(d.drivers(), 2000));
                    ps.setTimestamp(11, Timestamp.from(at));
                });
        return fresh.size();
    }

    /** Alerts on these portfolios, newest first, with this reader's read marks; at most {@code limit}. */
    List<Alert> forReader(long userId, Map<Long, String> portfolios, boolean unreadOnly, int limit) {
        List<Alert> out = new ArrayList<>();
        if (portfolios.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(portfolios.keySet());
        for (int from = 0; from < ids.size() && out.size() < limit; from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> args = new ArrayList<>();
            args.add(userId);
            args.addAll(part);
            jdbc.query("select a.id, a.portfolio_id, a.as_of, a.previous_as_of, a.rule, a.title, a.before_value,"
                    + " a.after_value, a.drivers, a.created_at, r.read_at from alert a left join alert_read r"
                    + " on r.alert_id = a.id and r.user_id = ? where a.portfolio_id in (" + SnapshotStore.marks(part.size())
                    + ")" + (unreadOnly ? " and r.read_at is null" : "") + " order by a.created_at desc, a.id desc"
                    + " fetch first " + limit + " rows only", rs -> {
                        out.add(new Alert(rs.getLong(1), rs.getLong(2), portfolios.get(rs.getLong(2)),
                                rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                                AlertRule.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11) != null));
                    }, args.toArray());
        }
        out.sort(java.util.Comparator.comparing(Alert::createdAt).thenComparing(Alert::id).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    int unread(long userId, Collection<Long> portfolioIds) {
        int count = 0;
        List<Long> ids = List.copyOf(portfolioIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> args = new ArrayList<>(part);
            args.add(userId);
            Integer n = jdbc.queryForObject("select count(*) from alert a where a.portfolio_id in ("
                    + SnapshotStore.marks(part.size()) + ") and not exists (select 1 from alert_read r where"
                    + " r.alert_id = a.id and r.user_id = ?)", Integer.class, args.toArray());
            count += n == null ? 0 : n;
        }
        return count;
    }

    /** The portfolio of an alert; null when there is no such alert. */
    Long portfolioOf(long alertId) {
        List<Long> found = jdbc.queryForList("select portfolio_id from alert where id = ?", Long.class, alertId);
        return found.isEmpty() ? null : found.getFirst();
    }

    void markRead(long userId, long alertId, Instant at) {
        jdbc.update("insert into alert_read (alert_id, user_id, read_at) select a.id, ?, ? from alert a where a.id = ?"
                + " and not exists (select 1 from alert_read r where r.alert_id = a.id and r.user_id = ?)", userId,
                Timestamp.from(at), alertId, userId);
    }

    /** Marks every unread alert on these portfolios read, in one statement per 500 portfolios; returns how many. */
    int markAllRead(long userId, Collection<Long> portfolioIds, Instant at) {
        int marked = 0;
        List<Long> ids = List.copyOf(portfolioIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> args = new ArrayList<>();
            args.add(userId);
            args.add(Timestamp.from(at));
            args.addAll(part);
            args.add(userId);
            marked += jdbc.update("insert into alert_read (alert_id, user_id, read_at) select a.id, ?, ? from alert a"
                    + " where a.portfolio_id in (" + SnapshotStore.marks(part.size()) + ") and not exists (select 1"
                    + " from alert_read r where r.alert_id = a.id and r.user_id = ?)", args.toArray());
        }
        return marked;
    }
}
