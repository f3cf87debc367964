package com.rotationrisk.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Proposals and their trades, in plain SQL. Names of people are filled in by the service. */
@Component
class ProposalStore {

    /** A row before names are resolved. */
    record Row(long id, long portfolioId, String name, StoredProposal.Status status, long version, long updatedBy,
               Instant updatedAt, Long decidedBy, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;

    ProposalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long portfolioId, String name, long by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into proposal (portfolio_id, name, status, version, created_by,"
                    + " created_at, updated_by, updated_at) values (?, ?, 'DRAFT', 0, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, portfolioId);
            ps.setString(2, name);
            ps.setLong(3, by);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setLong(5, by);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Renames and bumps the version if it is still {@code expectedVersion}; false when someone saved in between. */
    boolean update(long id, String name, long expectedVersion, long by, Instant at) {
        return jdbc.update("update proposal set name = ?, version = version + 1, updated_by = ?, updated_at = ?"
                + " where id = ? and version = ? and status = 'DRAFT'", name, by, Timestamp.from(at), id,
                expectedVersion) == 1;
    }

    boolean decide(long id, StoredProposal.Status status, long expectedVersion, long by, Instant at) {
        return jdbc.update("update proposal set status = ?, version = version + 1, decided_by = ?, decided_at = ?,"
                + " updated_by = ?, updated_at = ? where id = ? and version = ? and status = 'DRAFT'", status.name(), by,
                Timestamp.from(at), by, Timestamp.from(at), id, expectedVersion) == 1;
    }

    void replaceTrades(long id, List<Trade> trades) {
        jdbc.update("delete from proposal_trade where proposal_id = ?", id);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            rows.add(new Object[] {id, i, t.kind().name(), t.ticker(), t.toTicker(), t.amountKind().name(), t.amount()});
        }
        jdbc.batchUpdate("insert into proposal_trade (proposal_id, position, kind, ticker, to_ticker, amount_kind,"
                + " amount) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    Optional<Row> find(long id) {
        return jdbc.query(SELECT + " where id = ?", ProposalStore::row, id).stream().findFirst();
    }

    List<Row> ofPortfolio(long portfolioId) {
        return jdbc.query(SELECT + " where portfolio_id = ? order by updated_at desc, id desc", ProposalStore::row,
                portfolioId);
    }

    List<Trade> trades(long id) {
        return jdbc.query("select kind, ticker, to_ticker, amount_kind, amount from proposal_trade where proposal_id = ?"
                + " order by position", (rs, n) -> new Trade(Trade.Kind.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3), Trade.AmountKind.valueOf(rs.getString(4)), rs.getBigDecimal(5).stripTrailingZeros()),
                id);
    }

    void forget(long portfolioId) {
        jdbc.update("delete from proposal where portfolio_id = ?", portfolioId);
    }

    private static final String SELECT = "select id, portfolio_id, name, status, version, updated_by, updated_at,"
            + " decided_by, decided_at from proposal";

    private static Row row(ResultSet rs, int n) throws SQLException {
        long decided = rs.getLong(8);
        boolean noDecider = rs.wasNull();
        Timestamp decidedAt = rs.getTimestamp(9);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), StoredProposal.Status.valueOf(rs.getString(4)),
                rs.getLong(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), noDecider ? null : decided,
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
