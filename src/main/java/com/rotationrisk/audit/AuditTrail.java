package com.rotationrisk.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Call it inside the transaction of the change being recorded: the entry then commits
 * or rolls back with the change. There is deliberately no update or delete, and the database refuses both.
 */
@Component
public class AuditTrail {

    static final int MAX_DETAIL = 4000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(AuditAction action, AuditActor actor, Long portfolioId, String detail) {
        String address = actor.address() != null ? actor.address() : currentRequestAddress();
        jdbc.update("""
                        insert into audit_event (occurred_at, actor_id, actor_username, client_address, action,
                                                 portfolio_id, detail)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), actor.id(), actor.username(),
                address == null ? null : address.length() > 64 ? address.substring(0, 64) : address,
                action.name(), portfolioId,
                detail == null ? null : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
    }

    /** The client's address of the HTTP request being served (after the forwarded-header handling of prod). */
    static String currentRequestAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
