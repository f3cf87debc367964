package com.rotationrisk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnreachableTest {

    @Test
    void connectionFailuresAnywhereInTheChainCount() {
        assertThat(DatabaseUnreachable.isCauseOf(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnreachable.isCauseOf(new IllegalStateException("listener failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager")))).isTrue();
        assertThat(DatabaseUnreachable.isCauseOf(new RuntimeException(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms")))).isTrue();
    }

    @Test
    void aFailedRollbackOnALostPostgresConnectionCounts() {
        // what reached the view in DatabaseOutageOnPostgresE2ETest: the rollback after the lost connection failed
        assertThat(DatabaseUnreachable.isCauseOf(new TransactionSystemException("Unable to rollback against JDBC "
                + "Connection", new SQLException("This connection has been closed.", "08003")))).isTrue();
        TransactionSystemException overridden = new TransactionSystemException("Unable to rollback against JDBC "
                + "Connection", new SQLException("Connection is closed"));
        overridden.initApplicationException(new SQLException("An I/O error occurred while sending to the backend.",
                "08006"));
        assertThat(DatabaseUnreachable.isCauseOf(overridden)).isTrue();
        assertThat(DatabaseUnreachable.isCauseOf(new SQLException("syntax error", "42601"))).isFalse();
    }

    @Test
    void aFailedJpaRollbackOnAConnectionHikariClosedCounts() {
        // what reached the view in DatabaseOutageOnPostgresE2ETest once re-run: JpaTransactionManager translated
        // Hibernate's failed rollback, and the lost connection (SQLSTATE 08006) was only logged
        assertThat(DatabaseUnreachable.isCauseOf(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseUnreachable.isCauseOf(new JpaSystemException(new TransactionException(
                "Unable to commit against JDBC Connection", new SQLException("Connection is closed"))))).isFalse();
    }

    @Test
    void otherErrorsDoNot() {
        assertThat(DatabaseUnreachable.isCauseOf(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseUnreachable.isCauseOf(new AccessDeniedException("no"))).isFalse();
        assertThat(DatabaseUnreachable.isCauseOf(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseUnreachable.isCauseOf(null)).isFalse();
    }

    @Test
    void theMessageSaysNothingWasSaved() {
        assertThat(DatabaseUnreachable.MESSAGE)
                .isEqualTo("The database is not reachable right now; nothing was saved. Try again in a moment.");
    }
}
