package com.rotationrisk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.PostgresTestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every migration applies to PostgreSQL, and there the database refuses UPDATE, DELETE and TRUNCATE of the audit
 * trail (db/vendor/postgresql/V22). Runs only when a server is named: system property
 * {@code rotationrisk.test.postgres-url} or environment variable {@code ROTATIONRISK_TEST_POSTGRES_URL}, e.g.
 * {@code jdbc:postgresql://localhost:55432/postgres} (user {@code rotationrisk.test.postgres-user}, default
 * postgres; password {@code rotationrisk.test.postgres-password}, default empty). Each run uses a fresh schema.
 */
@EnabledIf("com.rotationrisk.PostgresTestDatabase#named")
class PostgresAuditAppendOnlyTest {

    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private String schema;

    @BeforeEach
    void migrateAFreshSchema() {
        schema = "audit_test_" + System.nanoTime();
        dataSource = new SingleConnectionDataSource(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password(), true);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("set search_path to " + schema);
    }

    @AfterEach
    void dropTheSchema() {
        jdbc.execute("drop schema " + schema + " cascade");
        dataSource.destroy();
    }

    @Test
    void updateDeleteAndTruncateAreRefusedAndTheEntryStaysAsItWas() {
        jdbc.update("insert into audit_event (occurred_at, actor_id, actor_username, client_address, action, detail)"
                + " values (?, null, 'system', 'local', 'TEAM_CREATED', 'probe')", Timestamp.from(Instant.now()));
        Map<String, Object> before = jdbc.queryForMap("select * from audit_event");

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForList("select * from audit_event")).containsExactly(before);
    }
}
