package com.rotationrisk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link CrashWorkload} in a JVM of its own, started with the test JVM's own java and class path. Everything it
 * prints goes to a log file; its protocol lines are also kept for the test.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Thread reader;
    private final Path log;
    private final List<Protocol> lines = new CopyOnWriteArrayList<>();

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reader = Thread.ofPlatform().daemon().name("child-" + process.pid()).start(this::readOutput);
    }

    static ChildJvm start(String mode, CrashTarget database, int round, boolean serial, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(),
                "-Xmx1g",
                // C1 only: the app starts noticeably faster on two busy cores, and slower writes are only more
                // likely to be cut in the middle
                "-XX:TieredStopAtLevel=1"));
        // the PostgreSQL server named to this JVM by system properties (the environment is inherited anyway)
        for (String property : List.of("rotationrisk.test.postgres-url", "rotationrisk.test.postgres-user",
                "rotationrisk.test.postgres-password")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", ChildClasspath.of(), CrashWorkload.class.getName(), mode, database.argument(),
                String.valueOf(round), serial ? "serial" : "parallel"));
        Process process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).start();
        return new ChildJvm(process, log);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                if (line.startsWith(Protocol.PREFIX)) {
                    lines.add(Protocol.parse(line));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the child printed a line that passes; fails at once when it reports a failure or exits. */
    void awaitLine(String what, Predicate<List<Protocol>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(lines)) {
            lines.stream().filter(l -> l.event().equals(Protocol.FAILED)).findFirst().ifPresent(failure -> {
                throw new AssertionError("The child failed: " + failure + "; see " + log);
            });
            if (!process.isAlive() && !reader.isAlive() && !done.test(lines)) {
                throw new AssertionError("The child exited with " + process.exitValue() + " before " + what
                        + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " within " + timeout + "; see " + log);
            }
            Thread.sleep(5);
        }
    }

    long committed(String kind) {
        return lines.stream().filter(l -> l.committed(kind)).count();
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no H2 close. Returns once the process and its output ended. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed child %d ended", pid()).isTrue();
        assertThat(ProcessHandle.of(pid()).filter(ProcessHandle::isAlive)).as("child %d is gone", pid()).isEmpty();
        if (File.separatorChar == '/') {
            assertThat(process.exitValue()).as("exit status of a SIGKILL").isEqualTo(128 + 9);
        }
        reader.join(10_000);
    }

    /** Waits for the child to end by itself and returns its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The child did not stop within " + timeout + "; see " + log);
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Everything the child printed for the test, complete once it ended. */
    List<Protocol> lines() {
        return List.copyOf(lines);
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
