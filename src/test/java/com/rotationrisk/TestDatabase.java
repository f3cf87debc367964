package com.rotationrisk;

import com.rotationrisk.security.DemoDataOnTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of the shared {@link IntegrationTest} context: the in-memory H2 database of the test profile, or, with
 * {@code rotationrisk.test.db=postgresql} ({@code ./mvnw test -Pdb-postgresql}), a fresh schema on the PostgreSQL
 * server of {@link PostgresTestDatabase}, dropped when the context closes. On PostgreSQL the demo users and portfolios
 * that the tests sign in with are created by {@link DemoDataOnTestDatabase}, which exists in test code only: the
 * application itself never creates them on PostgreSQL.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    /** The tests run on PostgreSQL: system property {@code rotationrisk.test.db} or ROTATIONRISK_TEST_DB. */
    public static boolean postgresql() {
        String db = System.getProperty("rotationrisk.test.db", System.getenv("ROTATIONRISK_TEST_DB"));
        if (db == null || db.isBlank() || db.equalsIgnoreCase("h2")) {
            return false;
        }
        if (!db.equalsIgnoreCase("postgresql")) {
            throw new IllegalStateException("rotationrisk.test.db must be h2 or postgresql, not '" + db + "'");
        }
        return true;
    }

    /** The tests run on the in-memory H2 database (the default). */
    public static boolean h2() {
        return !postgresql();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgresql()) {
            return;
        }
        if (!PostgresTestDatabase.named()) {
            throw new IllegalStateException("rotationrisk.test.db=postgresql needs a server:"
                    + " set ROTATIONRISK_TEST_POSTGRES_URL, e.g. jdbc:postgresql://localhost:5432/postgres");
        }
        String schema = "it_" + Long.toHexString(System.nanoTime()) + "_" + ProcessHandle.current().pid();
        execute("create schema " + schema);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresql-test-database",
                Map.of("spring.datasource.url", PostgresTestDatabase.urlFor(schema),
                        "spring.datasource.username", PostgresTestDatabase.user(),
                        "spring.datasource.password", PostgresTestDatabase.password())));
        GenericApplicationContext registry = (GenericApplicationContext) context;
        registry.registerBean(DemoDataOnTestDatabase.class, definition -> definition.setPrimary(true));
        registry.registerBean("dropTestSchemaOnClose", DropSchemaOnClose.class, () -> new DropSchemaOnClose(schema));
        log.info("Integration tests on PostgreSQL, schema {}", schema);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql, e);
        }
    }

    /**
     * Drops the context's schema when the context is closed for good. A disposable bean created first, so destroyed
     * last; not a Lifecycle, whose stop() also runs when the test framework pauses a cached context.
     */
    private record DropSchemaOnClose(String schema) implements DisposableBean {

        @Override
        public void destroy() {
            try {
                execute("drop schema " + schema + " cascade");
            } catch (IllegalStateException e) {
                log.warn("Could not drop the test schema {}: {}", schema, e.getCause().getMessage());
            }
        }
    }
}
