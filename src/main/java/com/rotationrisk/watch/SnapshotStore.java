package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Snapshots with their positions and flags, in plain SQL (thousands are written a night, in batches). */
@Component
class SnapshotStore {

    private static final String COLUMNS = "id, portfolio_id, as_of, portfolio_version, scored_on, model_version, grade,"
            + " grade_reason, crowding, crowding_reason, reversal, reversal_reason, exposure, exposure_reason,"
            + " worst_pct, worst_scenario, worst_drivers, coverage_share, coverage_summary, holdings";

    /** The (as-of, version) last stored for a portfolio. */
    record Key(long snapshotId, LocalDate asOf, long version) {
    }

    private final JdbcTemplate jdbc;

    SnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The snapshot of each portfolio at each one's date, where there is one. */
    Map<Long, Key> at(Map<Long, LocalDate> dates) {
        Map<Long, Key> out = new HashMap<>();
        if (dates.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(dates.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query("select id, portfolio_id, as_of, portfolio_version from watch_snapshot where portfolio_id in ("
                    + marks(part.size()) + ")", rs -> {
                        long portfolio = rs.getLong(2);
                        LocalDate asOf = rs.getDate(3).toLocalDate();
                        if (asOf.equals(dates.get(portfolio))) {
                            out.put(portfolio, new Key(rs.getLong(1), asOf, rs.getLong(4)));
                        }
                    }, part.toArray());
        }
        return out;
    }

    /** The last snapshot before {@code asOf}, with positions and flags; empty when there is none. */
    Optional<Snapshot> previous(long portfolioId, LocalDate asOf) {
        List<Snapshot> found = jdbc.query("select " + COLUMNS + " from watch_snapshot where portfolio_id = ? and as_of < ?"
                + " order by as_of desc fetch first 1 rows only", (rs, n) -> header(rs), portfolioId, Date.valueOf(asOf));
        return found.stream().findFirst().map(this::withDetails);
    }

    Optional<Snapshot> byId(long id) {
        List<Snapshot> found = jdbc.query("select " + COLUMNS + " from watch_snapshot where id = ?",
                (rs, n) -> header(rs), id);
        return found.stream().findFirst().map(this::withDetails);
    }

    /** The newest snapshot of a portfolio, with positions and flags. */
    Optional<Snapshot> latest(long portfolioId) {
        List<Snapshot> found = jdbc.query("select " + COLUMNS + " from watch_snapshot where portfolio_id = ?"
                + " order by as_of desc fetch first 1 rows only", (rs, n) -> header(rs), portfolioId);
        return found.stream().findFirst().map(this::withDetails);
    }

    /** The newest {@code limit} snapshots, oldest first, without positions (for the history chart). */
    List<Snapshot> history(long portfolioId, int limit) {
        List<Snapshot> found = new ArrayList<>(jdbc.query("select " + COLUMNS + " from watch_snapshot where portfolio_id = ?"
                + " order by as_of desc fetch first " + limit + " rows only", (rs, n) -> header(rs), portfolioId));
        Collections.reverse(found);
        return found;
    }

    /** Stores a new snapshot, or replaces the one at the same date (the holdings changed since). Returns its id. */
    long save(Snapshot s, Instant at, Key existing) {
        long id;
        if (existing != null) {
            id = existing.snapshotId();
            jdbc.update("update watch_snapshot set portfolio_version = ?, scored_on = ?, scored_at = ?, model_version = ?,"
                    + " grade = ?, grade_reason = ?, crowding = ?, crowding_reason = ?, reversal = ?, reversal_reason = ?,"
                    + " exposure = ?, exposure_reason = ?, worst_pct = ?, worst_scenario = ?, worst_drivers = ?,"
                    + " coverage_share = ?, coverage_summary = ?, holdings = ? where id = ?", ps -> {
                        ps.setLong(1, s.portfolioVersion());
                        bindBody(ps, 2, s, at);
                        ps.setLong(19, id);
                    });
            jdbc.update("delete from watch_position where snapshot_id = ?", id);
            jdbc.update("delete from watch_flag where snapshot_id = ?", id);
        } else {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into watch_snapshot (portfolio_version, scored_on, scored_at,"
                        + " model_version, grade, grade_reason, crowding, crowding_reason, reversal, reversal_reason,"
                        + " exposure, exposure_reason, worst_pct, worst_scenario, worst_drivers, coverage_share,"
                        + " coverage_summary, holdings, portfolio_id, as_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                ps.setLong(1, s.portfolioVersion());
                bindBody(ps, 2, s, at);
                ps.setLong(19, s.portfolioId());
                ps.setDate(20, Date.valueOf(s.asOf()));
                return ps;
            }, key);
            id = key.getKey().longValue();
        }
        jdbc.batchUpdate("insert into watch_position (snapshot_id, ticker, quantity, price, price_date, weight, crowding,"
                + " reversal, exposure) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.positions(), 500, (ps, p) -> {
                    ps.setLong(1, id);
                    ps.setString(2, p.ticker());
                    ps.setDouble(3, p.quantity());
                    number(ps, 4, p.price());
                    ps.setDate(5, p.priceDate() == null ? null : Date.valueOf(p.priceDate()));
                    number(ps, 6, p.weight());
                    number(ps, 7, p.crowding());
                    number(ps, 8, p.reversal());
                    number(ps, 9, p.exposure());
                });
        jdbc.batchUpdate("insert into watch_flag (snapshot_id, flag_type, ticker, message) values (?, ?, ?, ?)",
                s.flags(), 500, (ps, f) -> {
                    ps.setLong(1, id);
                    ps.setString(2, f.type());
                    ps.setString(3, f.ticker());
                    ps.setString(4, cut(f.message(), 1000));
                });
        return id;
    }

    /** Everything kept about a portfolio, when it is purged. */
    void forget(long portfolioId) {
        jdbc.update("delete from watch_seen where portfolio_id = ?", portfolioId);
        jdbc.update("delete from alert where portfolio_id = ?", portfolioId);
        jdbc.update("delete from alert_rule_override where portfolio_id = ?", portfolioId);
        jdbc.update("delete from watch_snapshot where portfolio_id = ?", portfolioId);
    }

    private static void bindBody(java.sql.PreparedStatement ps, int from, Snapshot s, Instant at) throws SQLException {
        ps.setDate(from, Date.valueOf(s.scoredOn()));
        ps.setTimestamp(from + 1, Timestamp.from(at));
        ps.setString(from + 2, s.modelVersion());
        ps.setString(from + 3, s.grade() == null ? null : s.grade().name());
        ps.setString(from + 4, cut(s.reasons().get("grade"), 1000));
        int i = from + 5;
        for (Dimension dim : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK,
                Dimension.POLICY_SHOCK_EXPOSURE)) {
            number(ps, i++, s.score(dim));
            ps.setString(i++, cut(s.reasons().get(dim.name()), 1000));
        }
        number(ps, i++, s.worstPct());
        ps.setString(i++, cut(s.worstScenario(), 200));
        ps.setString(i++, cut(s.worstDrivers(), 1000));
        number(ps, i++, s.coverageShare());
        ps.setString(i++, cut(s.coverageSummary(), 1000));
        ps.setInt(i, s.holdings());
    }

    private Snapshot withDetails(Snapshot header) {
        List<Snapshot.Position> positions = jdbc.query("select ticker, quantity, price, price_date, weight, crowding,"
                + " reversal, exposure from watch_position where snapshot_id = ? order by ticker", (rs, n) ->
                new Snapshot.Position(rs.getString(1), rs.getDouble(2), number(rs, 3), date(rs, 4), number(rs, 5),
                        number(rs, 6), number(rs, 7), number(rs, 8)), header.id());
        List<Snapshot.Flag> flags = jdbc.query("select flag_type, ticker, message from watch_flag where snapshot_id = ?"
                + " order by flag_type, ticker", (rs, n) -> new Snapshot.Flag(rs.getString(1), rs.getString(2),
                rs.getString(3)), header.id());
        return new Snapshot(header.id(), header.portfolioId(), header.asOf(), header.portfolioVersion(),
                header.scoredOn(), header.modelVersion(), header.grade(), header.scores(), header.reasons(),
                header.worstPct(), header.worstScenario(), header.worstDrivers(), header.coverageShare(),
                header.coverageSummary(), header.holdings(), positions, flags);
    }

    private static Snapshot header(ResultSet rs) throws SQLException {
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        Map<String, String> reasons = new HashMap<>();
        if (rs.getString(8) != null) {
            reasons.put("grade", rs.getString(8));
        }
        int i = 9;
        for (Dimension dim : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK,
                Dimension.POLICY_SHOCK_EXPOSURE)) {
            Double v = number(rs, i++);
            String why = rs.getString(i++);
            if (v != null) {
                scores.put(dim, v);
            }
            if (why != null) {
                reasons.put(dim.name(), why);
            }
        }
        String grade = rs.getString(7);
        return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getLong(4),
                rs.getDate(5).toLocalDate(), rs.getString(6), grade == null ? null : OverallGrade.Grade.valueOf(grade),
                scores, reasons, number(rs, 15), rs.getString(16), rs.getString(17), number(rs, 18), rs.getString(19),
                rs.getInt(20), List.of(), List.of());
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static void number(java.sql.PreparedStatement ps, int index, Double v) throws SQLException {
        if (v == null || !Double.isFinite(v)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, v);
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
