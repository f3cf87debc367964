package com.rotationrisk.marketdata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Price refresh runs and their per-symbol results, written as they happen so progress is visible everywhere. */
@Component
class PriceRefreshRuns {

    private final JdbcTemplate jdbc;

    PriceRefreshRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(String startedBy, String provider, int symbols, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into price_refresh_run (started_at, started_by, provider, symbols)"
                    + " values (?, ?, ?, ?)", new String[] {"id"});
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, truncate(startedBy, 50));
            ps.setString(3, truncate(provider, 60));
            ps.setInt(4, symbols);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void result(long runId, PriceFetchService.SymbolResult r) {
        jdbc.update("insert into price_refresh_result (run_id, symbol, outcome, bars_stored, bars_held_back, message)"
                + " values (?, ?, ?, ?, ?, ?)", runId, r.symbol(), r.outcome().name(), r.stored(), r.heldBack(),
                truncate(r.message(), 1000));
        jdbc.update("update price_refresh_run set " + (r.outcome().failed() ? "failed = failed + 1"
                : "succeeded = succeeded + 1") + " where id = ?", runId);
    }

    void finish(long runId, Instant at) {
        jdbc.update("update price_refresh_run set finished_at = ? where id = ?", Timestamp.from(at), runId);
    }

    List<PriceFetchService.RefreshRun> recent(int limit) {
        return jdbc.query("select id, started_at, finished_at, started_by, provider, symbols, succeeded, failed"
                + " from price_refresh_run order by started_at desc, id desc fetch first " + limit + " rows only",
                (rs, n) -> new PriceFetchService.RefreshRun(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
    }

    List<PriceFetchService.SymbolResult> results(long runId) {
        return jdbc.query("select symbol, outcome, bars_stored, bars_held_back, message from price_refresh_result"
                + " where run_id = ? order by symbol", (rs, n) -> new PriceFetchService.SymbolResult(rs.getString(1),
                PriceFetchService.Outcome.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getString(5)),
                runId);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
