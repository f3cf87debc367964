package com.rotationrisk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded H2 database itself refuses to change or remove an audit entry (migration db/vendor/h2/V22). */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void updatingOrDeletingAnEntryIsRefusedAndTheEntryStaysAsItWas() {
        String detail = "append-only probe " + System.nanoTime();
        trail.record(AuditAction.TEAM_CREATED, AuditActor.SYSTEM, null, detail);
        Map<String, Object> before = jdbc.queryForMap("select * from audit_event where detail = ?", detail);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten' where detail = ?", detail))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where detail = ?", detail))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForMap("select * from audit_event where detail = ?", detail)).isEqualTo(before);
    }
}
