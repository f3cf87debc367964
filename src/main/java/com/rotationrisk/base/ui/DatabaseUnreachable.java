package com.rotationrisk.base.ui;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Whether an error means the database could not be reached (rather than a fault in what was asked of it). */
final class DatabaseUnreachable {

    static final String MESSAGE = "The database is not reachable right now; nothing was saved. Try again in a moment.";

    private DatabaseUnreachable() {
    }

    /**
     * {@code DataAccessResourceFailureException} covers Spring's {@code CannotGetJdbcConnectionException}; the
     * JDBC connection exceptions are what Hikari (pool timeout) and the drivers throw before Spring translates them.
     * PostgreSQL's driver throws plain {@code SQLException}s with SQLSTATE class 08 (connection exception), e.g. when
     * the rollback after a lost connection fails and that failure is what reaches the view; the lost connection itself
     * is then the transaction's application exception. With JPA the failed rollback arrives as Hibernate's
     * {@code TransactionException} instead (translated to a {@code JpaSystemException}, the lost connection only
     * logged) over Hikari's "Connection is closed", which has no SQLSTATE: Hikari closed the connection it had just
     * found broken. A rollback fails only on a connection that is gone, and a transaction that was not committed saved
     * nothing, so a failed rollback counts too.
     */
    static boolean isCauseOf(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TransactionSystemException rollbackFailed
                    && isCauseOf(rollbackFailed.getApplicationException())) {
                return true;
            }
            if (isFailedRollback(c)) {
                return true;
            }
            if (c instanceof DataAccessResourceFailureException || c instanceof CannotCreateTransactionException
                    || c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFailedRollback(Throwable error) {
        return error instanceof TransactionException && error.getCause() instanceof SQLException
                && error.getMessage() != null && error.getMessage().startsWith("Unable to rollback");
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }
}
