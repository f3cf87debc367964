package com.rotationrisk.marketdata;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes bars of one instrument inside the caller's transaction: bars on dates already stored are
 * replaced, the rest added, and the instrument's data version is bumped so every cache reloads.
 * Plain JDBC batches: a 100,000-row import must take seconds, not minutes.
 */
@Component
class BarWriter {

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final InstrumentRepository instruments;

    BarWriter(JdbcTemplate jdbc, InstrumentRepository instruments) {
        this.jdbc = jdbc;
        this.instruments = instruments;
    }

    /**
     * @param source    where the bars came from ("bundled", "import: file.csv", "Stooq"), kept with each bar
     * @param fetchedAt when they were read or fetched
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int write(long instrumentId, List<BarRow> bars, String source, Instant fetchedAt) {
        String src = source == null ? null : source.length() > 60 ? source.substring(0, 60) : source;
        Timestamp at = fetchedAt == null ? null : Timestamp.from(fetchedAt);
        jdbc.batchUpdate("delete from daily_bar where instrument_id = ? and bar_date = ?", bars, BATCH,
                (ps, bar) -> {
                    ps.setLong(1, instrumentId);
                    ps.setObject(2, bar.date());
                });
        jdbc.batchUpdate("""
                insert into daily_bar (instrument_id, bar_date, open_price, high_price, low_price, close_price, volume,
                                       source, fetched_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", bars, BATCH, (ps, bar) -> {
            ps.setLong(1, instrumentId);
            ps.setObject(2, bar.date());
            setNullable(ps, 3, bar.open());
            setNullable(ps, 4, bar.high());
            setNullable(ps, 5, bar.low());
            ps.setDouble(6, bar.close());
            if (bar.volume() == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, bar.volume());
            }
            ps.setString(8, src);
            ps.setTimestamp(9, at);
        });
        instruments.bumpDataVersion(instrumentId);
        return bars.size();
    }

    /** How many of these dates are stored already for the instrument (what an import would replace). */
    int countExisting(long instrumentId, LocalDate first, LocalDate last, List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return 0;
        }
        List<LocalDate> stored = jdbc.queryForList(
                "select bar_date from daily_bar where instrument_id = ? and bar_date between ? and ?",
                LocalDate.class, instrumentId, first, last);
        Set<LocalDate> storedSet = new HashSet<>(stored);
        return (int) dates.stream().filter(storedSet::contains).count();
    }

    private static void setNullable(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
