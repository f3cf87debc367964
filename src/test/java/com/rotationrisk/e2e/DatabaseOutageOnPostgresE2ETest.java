package com.rotationrisk.e2e;

import com.rotationrisk.PostgresTestDatabase;
import com.rotationrisk.faults.PostgresFixtures;
import com.rotationrisk.faults.TcpProxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DatabaseOutageE2ETest} on the PostgreSQL server the tests were given, in a fresh schema, behind the proxy. */
@EnabledIf("com.rotationrisk.PostgresTestDatabase#named")
@Disabled("Issue #14: passed once in a browser on 2026-11-29 after base.ui.DatabaseUnreachable counted the failed "
        + "JPA rollback (screenshots 45/46-...-postgres); a second run is pending before this is enabled")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageOnPostgresE2ETest extends DatabaseOutageE2ETest {

    private static final String SCHEMA = "outage_" + System.nanoTime();
    private static TcpProxy proxy;

    @DynamicPropertySource
    static void databaseBehindTheProxy(DynamicPropertyRegistry registry) throws SQLException {
        execute("create schema " + SCHEMA);
        URI server = URI.create(PostgresTestDatabase.url().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + proxy.port() + server.getPath()
                + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        // no demo users on PostgreSQL: the first administrator's password, for PostgresFixtures
        registry.add("rotationrisk.setup.admin-password", () -> PostgresFixtures.SETUP_PASSWORD);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        proxy.close();
        execute("drop schema " + SCHEMA + " cascade");
    }

    @Override
    TcpProxy proxy() {
        return proxy;
    }

    @Override
    String database() {
        return "postgres";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
