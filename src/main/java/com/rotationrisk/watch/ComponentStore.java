package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Instruments' components per date: written once per instrument and date, read to explain alerts. */
@Component
class ComponentStore {

    /** One component of one instrument's dimension at a date. */
    record Row(LocalDate asOf, String ticker, Dimension dim, String key, String label, Double rawValue, Double points) {
    }

    private final JdbcTemplate jdbc;

    ComponentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these instruments already have their components kept at {@code asOf}. */
    Set<String> kept(LocalDate asOf, Set<String> tickers) {
        Set<String> out = new HashSet<>();
        if (tickers.isEmpty()) {
            return out;
        }
        List<String> list = List.copyOf(tickers);
        for (int from = 0; from < list.size(); from += 500) {
            List<String> part = list.subList(from, Math.min(list.size(), from + 500));
            List<Object> args = new ArrayList<>();
            args.add(Date.valueOf(asOf));
            args.addAll(part);
            jdbc.query("select distinct ticker from watch_component where as_of = ? and ticker in ("
                    + SnapshotStore.marks(part.size()) + ")", rs -> {
                        out.add(rs.getString(1));
                    }, args.toArray());
        }
        return out;
    }

    void keep(List<Row> rows) {
        jdbc.batchUpdate("insert into watch_component (as_of, ticker, dimension, component_key, label, raw_value, points)"
                + " values (?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, r) -> {
                    ps.setDate(1, Date.valueOf(r.asOf()));
                    ps.setString(2, r.ticker());
                    ps.setString(3, r.dim().name());
                    ps.setString(4, SnapshotStore.cut(r.key(), 60));
                    ps.setString(5, SnapshotStore.cut(r.label(), 120));
                    SnapshotStore.number(ps, 6, r.rawValue());
                    SnapshotStore.number(ps, 7, r.points());
                });
    }

    /** A reader that asks the database once per instrument and date. Not for sharing across runs. */
    InstrumentComponents reader() {
        Map<String, Map<String, InstrumentComponents.Points>> cache = new ConcurrentHashMap<>();
        return (asOf, ticker, dim) -> cache.computeIfAbsent(asOf + "|" + ticker + "|" + dim.name(), k -> {
            Map<String, InstrumentComponents.Points> out = new LinkedHashMap<>();
            jdbc.query("select component_key, label, points from watch_component where as_of = ? and ticker = ?"
                    + " and dimension = ? order by component_key", rs -> {
                        out.put(rs.getString(1), new InstrumentComponents.Points(rs.getString(2),
                                SnapshotStore.number(rs, 3)));
                    }, Date.valueOf(asOf), ticker, dim.name());
            return out;
        });
    }
}
