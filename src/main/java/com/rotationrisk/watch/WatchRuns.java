package com.rotationrisk.watch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Re-scoring runs as they happen: started, counted chunk by chunk, finished. */
@Component
class WatchRuns {

    private final JdbcTemplate jdbc;

    WatchRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(String startedBy, int portfolios, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into watch_run (started_at, started_by, portfolios) values (?, ?, ?)",
                    new String[] {"id"});
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, SnapshotStore.cut(startedBy, 40));
            ps.setInt(3, portfolios);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void count(long runId, int scored, int unchanged, int notScored, int alerts) {
        jdbc.update("update watch_run set scored = scored + ?, unchanged = unchanged + ?, not_scored = not_scored + ?,"
                + " alerts = alerts + ? where id = ?", scored, unchanged, notScored, alerts, runId);
    }

    void finish(long runId, Instant at, String message) {
        jdbc.update("update watch_run set finished_at = ?, message = ? where id = ?", Timestamp.from(at),
                SnapshotStore.cut(message, 1000), runId);
    }

    /** Whether the newest run never finished (its instance stopped half-way). */
    boolean lastUnfinished() {
        List<RescoringRun> last = recent(1);
        return !last.isEmpty() && last.getFirst().finishedAt() == null;
    }

    List<RescoringRun> recent(int limit) {
        return jdbc.query("select id, started_at, finished_at, started_by, portfolios, scored, unchanged, not_scored,"
                + " alerts, message from watch_run order by started_at desc, id desc fetch first " + limit
                + " rows only", (rs, n) -> new RescoringRun(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10)));
    }
}
