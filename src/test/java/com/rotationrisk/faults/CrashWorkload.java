package com.rotationrisk.faults;

import com.rotationrisk.RotationRiskApplication;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.report.ReportService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The child JVM of {@link CrashConsistencyTest}: starts the whole application on an H2 file database and, in mode
 * {@code work}, saves holdings, imports prices and generates reports as alice through the real services, each in a
 * loop of its own, until it is killed. Mode {@code check} starts the application on the folder and stops it cleanly.
 * <p>
 * Arguments: {@code work|check <database folder> <round>}.
 */
public final class CrashWorkload {

    private CrashWorkload() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        Path folder = Path.of(args[1]);
        int round = Integer.parseInt(args[2]);
        ConfigurableApplicationContext app = new SpringApplication(RotationRiskApplication.class)
                .run(applicationArguments(folder));
        say(Protocol.line(Protocol.STARTED, mode, "round", round));
        if (mode.equals("check")) {
            System.exit(SpringApplication.exit(app));
        }
        SecurityTestSupport security = new SecurityTestSupport(app.getBean(UserDetailsService.class),
                app.getBean(SecurityContextHolderStrategy.class));
        Random random = new Random(round);
        List<Workload> workloads = List.of(
                new HoldingsSaves(app.getBean(PortfolioService.class), "Crash save round " + round, random.nextLong()),
                new PriceImports(app.getBean(PriceImportService.class), PriceImports.SYMBOL_PREFIX + round + "N", random.nextLong()),
                new ReportGenerations(app.getBean(ReportService.class), app.getBean(PortfolioService.class)));
        List<Thread> threads = new ArrayList<>();
        for (Workload workload : workloads) {
            threads.add(Thread.ofPlatform().name("crash-" + workload.kind()).start(() -> loop(workload, security)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    static String[] applicationArguments(Path folder) {
        return new String[] {
                // the application's own H2 file settings (application.properties), only in another folder
                "--rotationrisk.data-dir=" + folder.toAbsolutePath(),
                "--vaadin.devmode.devTools.enabled=false",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // the loop generates far more reports than a person may in an hour
                "--rotationrisk.reports.max-generated-per-hour=1000000",
        };
    }

    private static void loop(Workload workload, SecurityTestSupport security) {
        try {
            while (true) {
                security.run("alice", workload::once);
            }
        } catch (Throwable e) {
            e.printStackTrace();
            say(Protocol.line(Protocol.FAILED, workload.kind(), "error", String.valueOf(e).replace(' ', '_')));
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
