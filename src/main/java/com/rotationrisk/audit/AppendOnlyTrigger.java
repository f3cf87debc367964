package com.rotationrisk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's side of the append-only rule (migration {@code db/vendor/h2/V22}): fired before any UPDATE or DELETE of an
 * audit entry, it refuses the statement, so not even a hand-written SQL session can rewrite the trail.
 */
public class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE 42501 "insufficient privilege", the same as PostgreSQL's trigger raises. */
    static final String STATE = "42501";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("The audit trail is append-only: " + operation + " on audit_event is not allowed",
                STATE);
    }
}
