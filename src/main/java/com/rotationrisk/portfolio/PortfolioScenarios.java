package com.rotationrisk.portfolio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The published scenarios added to each portfolio's scenario set (table {@code portfolio_scenario}); the firm
 * default set is not stored here. Callers check access and that a scenario is published before adding it.
 */
@Component
class PortfolioScenarios {

    private final JdbcTemplate jdbc;

    PortfolioScenarios(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids added to a portfolio's set, in the order they were added. */
    List<Long> addedTo(long portfolioId) {
        return jdbc.queryForList("select scenario_id from portfolio_scenario where portfolio_id = ? "
                + "order by added_at, scenario_id", Long.class, portfolioId);
    }

    /** {@link #addedTo} of many portfolios in one query; a portfolio with none is absent. */
    java.util.Map<Long, List<Long>> addedToEach(java.util.Collection<Long> portfolioIds) {
        java.util.Map<Long, List<Long>> out = new java.util.HashMap<>();
        if (portfolioIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(portfolioIds.size(), "?"));
        jdbc.query("select portfolio_id, scenario_id from portfolio_scenario where portfolio_id in (" + marks
                + ") order by added_at, scenario_id", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
        }, portfolioIds.toArray());
        return out;
    }

    boolean add(long portfolioId, long scenarioId, long userId) {
        return add(portfolioId, scenarioId, userId, Instant.now());
    }

    private boolean add(long portfolioId, long scenarioId, long userId, Instant at) {
        if (addedTo(portfolioId).contains(scenarioId)) {
            return false;
        }
        jdbc.update("insert into portfolio_scenario (portfolio_id, scenario_id, added_by, added_at) values (?, ?, ?, ?)",
                portfolioId, scenarioId, userId, Timestamp.from(at));
        return true;
    }

    boolean remove(long portfolioId, long scenarioId) {
        return jdbc.update("delete from portfolio_scenario where portfolio_id = ? and scenario_id = ?", portfolioId,
                scenarioId) > 0;
    }

    /** Gives {@code to} the same added scenarios as {@code from}, in the same order. */
    void copy(long from, long to, long userId) {
        List<Long> ids = addedTo(from);
        Instant now = Instant.now();
        for (int i = 0; i < ids.size(); i++) {
            add(to, ids.get(i), userId, now.plusMillis(i)); // keeps the order
        }
    }
}
