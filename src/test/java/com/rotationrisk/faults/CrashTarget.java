package com.rotationrisk.faults;

import com.rotationrisk.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.List;

/**
 * The database a {@link CrashWorkload} child runs on: an H2 file database in a folder (the application's own
 * settings), or a schema of the PostgreSQL server the tests were given. Passed to the child as one argument.
 */
record CrashTarget(Path h2Folder, String postgresSchema) {

    private static final String POSTGRES = "postgres:";

    static CrashTarget h2(Path folder) {
        return new CrashTarget(folder.toAbsolutePath(), null);
    }

    static CrashTarget postgres(String schema) {
        return new CrashTarget(null, schema);
    }

    static CrashTarget parse(String argument) {
        return argument.startsWith(POSTGRES) ? postgres(argument.substring(POSTGRES.length()))
                : h2(Path.of(argument));
    }

    boolean onPostgres() {
        return postgresSchema != null;
    }

    String argument() {
        return onPostgres() ? POSTGRES + postgresSchema : h2Folder.toString();
    }

    /** The application's settings for this database; on PostgreSQL without demo data (there is none there). */
    List<String> applicationArguments() {
        if (!onPostgres()) {
            // the application's own H2 file settings (application.properties), only in another folder
            return List.of("--rotationrisk.data-dir=" + h2Folder);
        }
        return List.of(
                "--spring.datasource.url=" + PostgresTestDatabase.urlFor(postgresSchema),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--rotationrisk.demo-data.enabled=false",
                "--rotationrisk.setup.admin-password=" + PostgresFixtures.SETUP_PASSWORD);
    }

    @Override
    public String toString() {
        return onPostgres() ? "PostgreSQL schema " + postgresSchema : "H2 files in " + h2Folder;
    }
}
