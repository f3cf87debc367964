package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class ReportWorkersTest {

    private final SecurityContextHolderStrategy security = SecurityContextHolder.getContextHolderStrategy();

    private ReportWorkers workers(int n, int queue, Duration maxWait) {
        return new ReportWorkers(new ReportSettings(null, null, null, n, queue, maxWait), security);
    }

    @Test
    void drawsAtMostTheConfiguredNumberAtOnceAndRefusesWhenTheQueueIsFull() throws Exception {
        ReportWorkers pool = workers(2, 2, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> pool.draw(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return 1;
            }), callers));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.busy() < 2 || pool.queued() < 2) {
            assertThat(System.nanoTime()).as("two drawing, two waiting").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThatThrownBy(() -> pool.draw(() -> 1)).isInstanceOf(ReportRateLimitException.class)
                .hasMessageContaining("Many reports are being drawn right now");
        release.countDown();
        assertThat(calls.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(4);
        assertThat(mostAtOnce.get()).isEqualTo(2);
        pool.destroy();
        callers.shutdown();
    }

    @Test
    void theWorkerActsAsTheCallerAndPassesItsFailuresOn() {
        ReportWorkers pool = workers(1, 1, Duration.ofSeconds(30));
        security.getContext().setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_ADVISOR"));
        try {
            assertThat(pool.draw(() -> security.getContext().getAuthentication().getName())).isEqualTo("alice");
            assertThatThrownBy(() -> pool.draw(() -> {
                throw new InvalidReportRequestException("asOf", "no prices");
            })).isInstanceOf(InvalidReportRequestException.class);
        } finally {
            security.clearContext();
            pool.destroy();
        }
    }

    @Test
    void aDrawingThatWaitsLongerThanAllowedIsRefusedWithAReason() {
        ReportWorkers pool = workers(1, 5, Duration.ofSeconds(1));
        assertThatThrownBy(() -> pool.draw(() -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        })).isInstanceOf(ReportRateLimitException.class).hasMessageContaining("took too long");
        pool.destroy();
    }
}
