package com.rotationrisk;

/**
 * The PostgreSQL server the tests may use, when one is named: system property {@code rotationrisk.test.postgres-url}
 * or environment variable {@code ROTATIONRISK_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://localhost:55432/postgres};
 * user {@code rotationrisk.test.postgres-user}, default postgres; password {@code rotationrisk.test.postgres-password},
 * default empty). {@code .ci/run} starts a throw-away one. Tests use a fresh schema each and drop it.
 */
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    public static boolean named() {
        return url() != null;
    }

    public static String url() {
        return setting("rotationrisk.test.postgres-url", null);
    }

    public static String user() {
        return setting("rotationrisk.test.postgres-user", "postgres");
    }

    public static String password() {
        return setting("rotationrisk.test.postgres-password", "");
    }

    /** The server's URL with {@code schema} as the connections' current schema (where Flyway migrates). */
    public static String urlFor(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
