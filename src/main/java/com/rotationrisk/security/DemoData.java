package com.rotationrisk.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo users and demo portfolios may be created: only by the plain development run on the embedded H2
 * database (finding 2 of #12). Never under the {@code prod} profile and never on any other database, whatever
 * {@code rotationrisk.demo-data.enabled} says.
 */
@Component
@EnableConfigurationProperties(DemoDataSettings.class)
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean active;
    private final boolean production;

    DemoData(DemoDataSettings settings, Environment environment, DataSource dataSource) {
        this.production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        boolean h2 = databaseUrl(dataSource).startsWith("jdbc:h2:");
        this.active = settings.enabled() && !production && h2;
        if (settings.enabled() && !active) {
            log.info("Demo data is switched on but not created: {}", production ? "the prod profile is active"
                    : "the database is not the embedded H2 database");
        }
    }

    static String databaseUrl(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /** Demo users and portfolios are created on an empty database. */
    public boolean active() {
        return active;
    }

    /** The prod profile is active. */
    public boolean production() {
        return production;
    }
}
