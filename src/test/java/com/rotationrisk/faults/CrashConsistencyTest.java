package com.rotationrisk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14: the application, killed with SIGKILL in the middle of a holdings save, a price import and a report
 * generation, loses no committed work and leaves nothing half-written, and starts again on the same database.
 * <p>
 * A child JVM ({@link CrashWorkload}) runs the three writes as alice; once each has committed a few times, the test
 * kills it in the middle of one kind of write (round 1 a save, round 2 an import, round 3 a report), checks the
 * database with plain JDBC, and starts the application on it again: each start runs the workloads and is killed in
 * turn, and a last start must come up and stop cleanly. Child output: {@code target/crash-consistency/}.
 * <p>
 * On the embedded H2 database the writes run one after the other: H2 2.4 can leave a write of a transaction that
 * was in flight at the kill visible to a later transaction when other transactions committed meanwhile (see
 * docs/operations.md, "Crash consistency"); on PostgreSQL they run side by side.
 */
class CrashConsistencyTest {

    private static final long SEED = 14;
    private static final List<String> CUT_IN_ROUND = List.of(HoldingsSaves.KIND, PriceImports.KIND,
            ReportGenerations.KIND);
    private static final int COMMITS_BEFORE_KILL = 2;
    private static final int ATTEMPTS_TO_CUT = 20;
    private static final Duration START = Duration.ofMinutes(3);

    private final List<ChildJvm> children = new ArrayList<>();

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledApplicationKeepsEveryCommitWholeOnH2() throws Exception {
        CrashTarget database = CrashTarget.h2(Files.createDirectories(temp.resolve("data")));
        crashAndRestart(database, true, "h2");
    }

    @Test
    @EnabledIf("com.rotationrisk.PostgresTestDatabase#named")
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledApplicationKeepsEveryCommitWholeOnPostgres() throws Exception {
        String schema = "crash_" + System.nanoTime();
        execute("create schema " + schema);
        try {
            crashAndRestart(CrashTarget.postgres(schema), false, "postgres");
        } finally {
            killChildren();
            execute("drop schema " + schema + " cascade");
        }
    }

    private void crashAndRestart(CrashTarget database, boolean serial, String name) throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "crash-consistency"));
        Random random = new Random(SEED);
        Ledger ledger = new Ledger();
        for (int round = 1; round <= CUT_IN_ROUND.size(); round++) {
            String cut = CUT_IN_ROUND.get(round - 1);
            long started = System.nanoTime();
            ChildJvm child = start("work", database, round, serial, logs.resolve(name + "-round-" + round + ".log"));
            child.awaitLine("start", lines -> lines.stream().anyMatch(l -> l.event().equals(Protocol.STARTED)), START);
            child.awaitLine(COMMITS_BEFORE_KILL + " commits of each kind", lines -> CUT_IN_ROUND.stream()
                    .allMatch(kind -> child.committed(kind) >= COMMITS_BEFORE_KILL), START);
            killInTheMiddleOf(cut, child, random);
            ledger.addRound(child.lines());
            System.out.printf("Crash round %d on %s: child killed after %d s; commits reported: save %d, import %d, "
                    + "report %d; cut in the middle of: %s%n", round, name, Duration.ofNanos(System.nanoTime()
                    - started).toSeconds(), child.committed(HoldingsSaves.KIND), child.committed(PriceImports.KIND),
                    child.committed(ReportGenerations.KIND), Ledger.inFlightOf(child.lines()));
            assertThat(Ledger.inFlightOf(child.lines())).as("operations cut by the kill in round %d", round)
                    .anyMatch(l -> l.kind().equals(cut));

            try (CrashedDatabase crashed = CrashedDatabase.of(database, temp.resolve("copy-" + round))) {
                if (!database.onPostgres()) {
                    crashed.checkEveryTransactionSeesTheSameRows();
                }
                crashed.checkSaves(ledger);
                crashed.checkImports(ledger);
                crashed.checkReports(ledger);
            }
        }
        ChildJvm last = start("check", database, CUT_IN_ROUND.size() + 1, serial, logs.resolve(name + "-check.log"));
        assertThat(last.awaitExit(START)).as("exit status of the start after the last crash; see %s", last.log())
                .isZero();
        assertThat(last.lines()).as("the application started on the crashed database")
                .anyMatch(l -> l.event().equals(Protocol.STARTED));
    }

    /**
     * Waits for the child to begin an operation of this kind and kills it a moment later, while the operation is
     * still under way; if it finished first, tries the next one with a shorter moment.
     */
    private static void killInTheMiddleOf(String kind, ChildJvm child, Random random) throws InterruptedException {
        int delay = 400;
        for (int attempt = 1; attempt <= ATTEMPTS_TO_CUT; attempt++) {
            int seen = child.lines().size();
            child.awaitLine("a " + kind + " beginning", lines -> lines.stream().skip(seen)
                    .anyMatch(l -> l.kind().equals(kind) && l.event().equals(Protocol.BEGIN)), START);
            Thread.sleep(random.nextInt(delay));
            if (Ledger.inFlightOf(child.lines()).stream().anyMatch(l -> l.kind().equals(kind))) {
                break;
            }
            delay = Math.max(10, delay / 2);
        }
        child.kill();
    }

    private ChildJvm start(String mode, CrashTarget database, int round, boolean serial, Path log) throws Exception {
        ChildJvm child = ChildJvm.start(mode, database, round, serial, log);
        children.add(child);
        return child;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    @AfterEach
    void killChildren() throws InterruptedException {
        for (ChildJvm child : children) {
            child.close();
        }
    }
}
