package com.rotationrisk.portfolio;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Append-only record of what happened to portfolios; there is deliberately no update or delete here. */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long actorId, String action, Long portfolioId, String detail) {
        jdbc.update("insert into audit_event (occurred_at, actor_id, action, portfolio_id, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actorId, action, portfolioId,
                detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail);
    }
}
