package com.rotationrisk.operations;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A start that fails because the database cannot be reached ends with one paragraph naming the address tried and
 * what to check, instead of a page of stack trace. Registered in {@code META-INF/spring.factories}.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable cause = connectionFailure(failure);
        if (cause == null) {
            return null;
        }
        // no environment when start-up failed before the application context existed
        String url = environment == null ? "(unknown)" : withoutSecrets(
                environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)"));
        return new FailureAnalysis(
                "Rotation Risk could not reach its database at " + url + " (" + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage() + "). Nothing was changed.",
                "Check that the database server is running and accepts connections at that host and port (firewall, "
                        + "listen_addresses, pg_hba.conf), and that SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME "
                        + "and SPRING_DATASOURCE_PASSWORD are right; then start again. See docs/operations.md, "
                        + "\"When the database is down\".",
                failure);
    }

    /**
     * The cause to quote: the driver's own connection error when there is one (it names host and port, e.g.
     * PostgreSQL's "Connection to db-host:5432 refused"), else the deepest connection failure in the chain.
     */
    static Throwable connectionFailure(Throwable failure) {
        Throwable found = null;
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            boolean driverError = c instanceof SQLTransientConnectionException
                    // SQLSTATE class 08: connection exception (PostgreSQL's "connection refused", H2's server gone)
                    || c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
            if (driverError || (!(found instanceof SQLException)
                    && (c instanceof ConnectException || c instanceof CannotGetJdbcConnectionException))) {
                found = c;
            }
        }
        return found;
    }

    /** The address without a query string or H2 settings, where a password might have been put. */
    static String withoutSecrets(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }
}
