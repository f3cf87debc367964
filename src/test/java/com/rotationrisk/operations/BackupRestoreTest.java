package com.rotationrisk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The backup and restore of docs/operations.md, done as written there: H2's {@code BACKUP TO} on a running file
 * database and {@code org.h2.tools.Restore} into an empty folder; PostgreSQL's {@code pg_dump -Fc} and
 * {@code pg_restore} into a new database (only when a server is named, as for {@code PostgresAuditAppendOnlyTest},
 * and the client programs are installed). Either way the restored database has the same portfolios and holdings.
 */
class BackupRestoreTest {

    @TempDir Path dir;

    /** Each portfolio as "id|client|holding count", then each holding: what must survive the round trip. */
    private static List<String> contents(JdbcTemplate jdbc) {
        List<String> rows = new ArrayList<>(jdbc.query("select p.id, p.client_name, count(h.position) from portfolio p"
                        + " left join holding h on h.portfolio_id = p.id group by p.id, p.client_name order by p.id",
                (rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getInt(3)));
        rows.addAll(jdbc.query("select portfolio_id, position, ticker, quantity, cost_basis from holding"
                        + " order by portfolio_id, position",
                (rs, n) -> rs.getLong(1) + "/" + rs.getInt(2) + " " + rs.getString(3) + " "
                        + rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + " @ "
                        + (rs.getBigDecimal(5) == null ? "-" : rs.getBigDecimal(5).stripTrailingZeros().toPlainString())));
        return rows;
    }

    private static void addPortfolios(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-29T10:00:00Z"));
        jdbc.update("insert into team (name, created_at) values ('Backup Team', ?)", now);
        long team = jdbc.queryForObject("select id from team where name = 'Backup Team'", Long.class);
        jdbc.update("insert into app_user (username, display_name, password_hash, role, team_id, enabled, created_at)"
                + " values ('backup-advisor', 'Backup Advisor', '{noop}x', 'ADVISOR', ?, true, ?)", team, now);
        long owner = jdbc.queryForObject("select id from app_user where username = 'backup-advisor'", Long.class);
        String[][] clients = {{"Harrison Family Trust", "IBM:100:90", "MSFT:50:", "CASH:1000:"},
                {"Whitaker Growth Partners", "AAPL:10:150.25", "NVDA:5:"}, {"Empty Client"}};
        for (String[] client : clients) {
            jdbc.update("insert into portfolio (owner_id, client_name, base_currency, notes, created_at, updated_at,"
                    + " updated_by, version) values (?, ?, 'USD', 'backup test', ?, ?, ?, 0)", owner, client[0], now,
                    now, owner);
            long id = jdbc.queryForObject("select max(id) from portfolio", Long.class);
            for (int i = 1; i < client.length; i++) {
                String[] h = client[i].split(":", -1);
                jdbc.update("insert into holding (portfolio_id, position, ticker, quantity, cost_basis)"
                        + " values (?, ?, ?, ?, ?)", id, i, h[0], new java.math.BigDecimal(h[1]),
                        h[2].isEmpty() ? null : new java.math.BigDecimal(h[2]));
            }
        }
    }

    @Test
    void anH2BackupTakenWhileRunningRestoresIntoAnEmptyFolder() throws Exception {
        String source = "jdbc:h2:file:" + dir.resolve("data") + "/rotationrisk";
        Path zip = dir.resolve("rotationrisk-backup.zip");
        SingleConnectionDataSource running = new SingleConnectionDataSource(source, "sa", "", true);
        List<String> before;
        try {
            Flyway.configure().dataSource(running).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(running);
            addPortfolios(jdbc);
            before = contents(jdbc);
            jdbc.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        } finally {
            running.destroy();
        }

        Path restoredFolder = dir.resolve("restored");
        Files.createDirectories(restoredFolder);
        Restore.execute(zip.toString(), restoredFolder.toString(), "rotationrisk");

        SingleConnectionDataSource restored = new SingleConnectionDataSource(
                "jdbc:h2:file:" + restoredFolder + "/rotationrisk;IFEXISTS=TRUE", "sa", "", true);
        try {
            assertThat(before).hasSize(3 + 5).anyMatch(r -> r.endsWith("|Harrison Family Trust|3"));
            assertThat(contents(new JdbcTemplate(restored))).isEqualTo(before);
            assertThat(Flyway.configure().dataSource(restored)
                    .locations("classpath:db/migration", "classpath:db/vendor/h2").load().info().pending())
                    .as("the restored schema is at the application's version").isEmpty();
        } finally {
            restored.destroy();
        }
    }

    // PostgreSQL ------------------------------------------------------------------------------------------------

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");

    static boolean postgresNamed() {
        return setting("rotationrisk.test.postgres-url", null) != null;
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The newest installed client programs (they must be at least as new as the server). */
    private static Optional<Path> postgresBin() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            return dirs.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_dump"))
                            && Files.isExecutable(b.resolve("pg_restore")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        }
    }

    @Test
    @EnabledIf("postgresNamed")
    void aPostgresDumpRestoresIntoANewDatabase() throws Exception {
        Optional<Path> bin = postgresBin();
        assumeTrue(bin.isPresent(), "pg_dump and pg_restore are not installed under /usr/lib/postgresql/*/bin");
        String url = setting("rotationrisk.test.postgres-url", null);
        Matcher parts = POSTGRES_URL.matcher(url);
        assertThat(parts.matches()).as("a jdbc:postgresql://host[:port]/database URL: " + url).isTrue();
        String host = parts.group(1);
        String port = parts.group(2) == null ? "5432" : parts.group(2);
        String query = parts.group(4) == null ? "" : parts.group(4);
        String user = setting("rotationrisk.test.postgres-user", "postgres");
        String password = setting("rotationrisk.test.postgres-password", "");
        String sourceDb = "rr_backup_source_" + System.nanoTime();
        String restoredDb = "rr_backup_restored_" + System.nanoTime();

        SingleConnectionDataSource server = new SingleConnectionDataSource(url, user, password, true);
        JdbcTemplate admin = new JdbcTemplate(server);
        admin.execute("create database " + sourceDb);
        admin.execute("create database " + restoredDb + " template template0");
        try {
            String sourceUrl = "jdbc:postgresql://" + host + ":" + port + "/" + sourceDb + query;
            SingleConnectionDataSource source = new SingleConnectionDataSource(sourceUrl, user, password, true);
            List<String> before;
            try {
                Flyway.configure().dataSource(source)
                        .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
                JdbcTemplate jdbc = new JdbcTemplate(source);
                addPortfolios(jdbc);
                before = contents(jdbc);
            } finally {
                source.destroy();
            }
            File dump = dir.resolve("rotationrisk.dump").toFile();
            run(password, bin.get().resolve("pg_dump").toString(), "-Fc", "-h", host, "-p", port, "-U", user,
                    "-d", sourceDb, "-f", dump.getPath());
            run(password, bin.get().resolve("pg_restore").toString(), "--no-owner", "--exit-on-error", "-h", host,
                    "-p", port, "-U", user, "-d", restoredDb, dump.getPath());

            SingleConnectionDataSource restored = new SingleConnectionDataSource(
                    "jdbc:postgresql://" + host + ":" + port + "/" + restoredDb + query, user, password, true);
            try {
                assertThat(before).hasSize(3 + 5);
                assertThat(contents(new JdbcTemplate(restored))).isEqualTo(before);
            } finally {
                restored.destroy();
            }
        } finally {
            admin.execute("drop database if exists " + sourceDb + " with (force)");
            admin.execute("drop database if exists " + restoredDb + " with (force)");
            server.destroy();
        }
    }

    private void run(String password, String... command) throws Exception {
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("pg.log").toFile());
        if (!password.isEmpty()) {
            process.environment().put("PGPASSWORD", password);
        }
        int exit = process.start().waitFor();
        assertThat(exit).as(String.join(" ", command) + ": " + Files.readString(dir.resolve("pg.log"))).isZero();
    }
}
