package com.rotationrisk.security;

import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * Test code only ({@code com.rotationrisk.TestDatabase}): lets the shared integration-test context on PostgreSQL have
 * the demo users and portfolios that the tests sign in with. The application's own {@link DemoData} keeps them to the
 * development run on embedded H2; this class is not in the jar.
 */
public class DemoDataOnTestDatabase extends DemoData {

    private final boolean active;

    public DemoDataOnTestDatabase(DemoDataSettings settings, Environment environment, DataSource dataSource) {
        super(settings, environment, dataSource);
        this.active = settings.enabled() && !production();
    }

    @Override
    public boolean active() {
        return active;
    }
}
