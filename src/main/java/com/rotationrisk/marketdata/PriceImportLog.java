package com.rotationrisk.marketdata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of confirmed imports: who brought which bars of which instrument, when. */
@Component
class PriceImportLog {

    private final JdbcTemplate jdbc;

    PriceImportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long instrumentId, String importedBy, String sourceName, String format, int barsWritten,
                LocalDate first, LocalDate last) {
        jdbc.update("""
                insert into price_import (instrument_id, imported_by, imported_at, source_name, file_format,
                                          bars_written, first_date, last_date)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                instrumentId, importedBy, Timestamp.from(Instant.now()), truncate(sourceName, 300), format,
                barsWritten, first, last);
    }

    List<PriceImportRecord> recent(int limit) {
        return jdbc.query("""
                select i.symbol, p.imported_by, p.imported_at, p.source_name, p.file_format, p.bars_written,
                       p.first_date, p.last_date
                from price_import p join instrument i on i.id = p.instrument_id
                order by p.imported_at desc, p.id desc""", (rs, n) -> new PriceImportRecord(rs.getString(1),
                rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                .stream().limit(limit).toList();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
