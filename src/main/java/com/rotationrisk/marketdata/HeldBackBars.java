package com.rotationrisk.marketdata;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Fetched bars that failed a data-quality rule, kept for an administrator and never scored. */
@Component
class HeldBackBars {

    private final JdbcTemplate jdbc;

    HeldBackBars(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(long instrumentId, List<BarQualityGate.HeldBack> held, String source, Instant fetchedAt) {
        jdbc.batchUpdate("""
                insert into held_back_bar (instrument_id, bar_date, open_price, high_price, low_price, close_price,
                                           volume, reason, source, fetched_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", held, 500, (ps, h) -> {
            BarQualityGate.Candidate c = h.bar();
            ps.setLong(1, instrumentId);
            ps.setObject(2, c.date());
            setDouble(ps, 3, c.open());
            setDouble(ps, 4, c.high());
            setDouble(ps, 5, c.low());
            setDouble(ps, 6, c.close() == null || c.close().isNaN() || c.close().isInfinite() ? null : c.close());
            if (c.volume() == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, c.volume());
            }
            ps.setString(8, h.reason().length() > 300 ? h.reason().substring(0, 300) : h.reason());
            ps.setString(9, source.length() > 60 ? source.substring(0, 60) : source);
            ps.setTimestamp(10, Timestamp.from(fetchedAt));
        });
    }

    List<PriceFetchService.HeldBackBar> recent(int limit) {
        return jdbc.query("""
                select i.symbol, h.bar_date, h.close_price, h.reason, h.source, h.fetched_at
                from held_back_bar h join instrument i on i.id = h.instrument_id
                order by h.fetched_at desc, h.id desc fetch first %d rows only""".formatted(limit),
                (rs, n) -> new PriceFetchService.HeldBackBar(rs.getString(1), rs.getObject(2, LocalDate.class),
                        (Double) rs.getObject(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
