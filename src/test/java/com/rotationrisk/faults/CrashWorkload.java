package com.rotationrisk.faults;

import com.rotationrisk.RotationRiskApplication;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.report.ReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The child JVM of {@link CrashConsistencyTest}: starts the whole application on an H2 file database or a PostgreSQL
 * schema ({@link CrashTarget}) and, in mode {@code work}, saves holdings, imports prices and generates reports as
 * alice through the real services until it is killed: one after the other in one thread ({@code serial}), or each in
 * a loop of its own ({@code parallel}). Mode {@code check} starts the application on the database and stops it
 * cleanly.
 * <p>
 * Arguments: {@code work|check <database> <round> serial|parallel}.
 */
public final class CrashWorkload {

    private CrashWorkload() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        CrashTarget database = CrashTarget.parse(args[1]);
        int round = Integer.parseInt(args[2]);
        boolean serial = args[3].equals("serial");
        ConfigurableApplicationContext app = new SpringApplication(RotationRiskApplication.class)
                .run(applicationArguments(database));
        SecurityTestSupport security = new SecurityTestSupport(app.getBean(UserDetailsService.class),
                app.getBean(SecurityContextHolderStrategy.class));
        if (database.onPostgres()) {
            PostgresFixtures.ensure(app, security);
        }
        say(Protocol.line(Protocol.STARTED, mode, "round", round));
        if (mode.equals("check")) {
            System.exit(SpringApplication.exit(app));
        }
        Random random = new Random(round);
        List<Workload> workloads = List.of(
                new HoldingsSaves(app.getBean(PortfolioService.class), "Crash save round " + round, random.nextLong()),
                new PriceImports(app.getBean(PriceImportService.class), PriceImports.SYMBOL_PREFIX + round + "N", random.nextLong()),
                new ReportGenerations(app.getBean(ReportService.class), app.getBean(PortfolioService.class)));
        List<Thread> threads = new ArrayList<>();
        if (serial) {
            threads.add(Thread.ofPlatform().name("crash-serial").start(() -> loop(workloads, security)));
        } else {
            for (Workload workload : workloads) {
                threads.add(Thread.ofPlatform().name("crash-" + workload.kind())
                        .start(() -> loop(List.of(workload), security)));
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    static String[] applicationArguments(CrashTarget database) {
        List<String> arguments = new ArrayList<>(database.applicationArguments());
        arguments.addAll(List.of(
                "--vaadin.devmode.devTools.enabled=false",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // the loop generates far more reports than a person may in an hour
                "--rotationrisk.reports.max-generated-per-hour=1000000"));
        return arguments.toArray(String[]::new);
    }

    /** The workloads in turn, over and over. */
    private static void loop(List<Workload> workloads, SecurityTestSupport security) {
        Workload current = workloads.getFirst();
        try {
            while (true) {
                for (Workload workload : workloads) {
                    current = workload;
                    security.run("alice", workload::once);
                }
            }
        } catch (Throwable e) {
            e.printStackTrace();
            say(Protocol.line(Protocol.FAILED, current.kind(), "error", String.valueOf(e).replace(' ', '_')));
            Runtime.getRuntime().halt(3);
        }
    }

    /** One line at a time and at once: the parent kills this JVM at any moment and reads what got out before. */
    static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** One kind of write, done over and over as a signed-in user. */
    interface Workload {
        String kind();

        /** One operation: says {@code BEGIN} before it and {@code COMMITTED} once its transaction committed. */
        void once();
    }
}
