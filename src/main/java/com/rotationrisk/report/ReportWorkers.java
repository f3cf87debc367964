package com.rotationrisk.report;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Draws reports on a small, fixed pool of threads with a bounded queue. Drawing is CPU work of a second or more;
 * without a bound, fifty advisors at the month-end review would each take a core's share and every screen would
 * slow down. With it, at most {@code workers} reports are drawn at once, the rest wait their turn, and when the
 * queue is full the request is refused with a clear message instead of piling up.
 */
@Component
class ReportWorkers implements DisposableBean {

    private final ThreadPoolExecutor pool;
    private final SecurityContextHolderStrategy security;
    private final long maxWaitSeconds;

    ReportWorkers(ReportSettings settings, SecurityContextHolderStrategy security) {
        this.security = security;
        this.maxWaitSeconds = settings.maxWait().toSeconds();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queue()), r -> {
                    Thread t = new Thread(r, "report-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs {@code drawing} on a worker as the calling person, and waits for it. */
    <T> T draw(Supplier<T> drawing) {
        SecurityContext caller = security.getContext();
        Future<T> result;
        try {
            result = pool.submit(() -> {
                security.setContext(caller);
                try {
                    return drawing.get();
                } finally {
                    security.clearContext();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ReportRateLimitException("Many reports are being drawn right now; try again in a minute.");
        }
        try {
            return result.get(maxWaitSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ReportRateLimitException("The report took too long to draw because many are being drawn; "
                    + "try again in a minute.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IllegalStateException("Interrupted while the report was drawn", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    int busy() {
        return pool.getActiveCount();
    }

    int queued() {
        return pool.getQueue().size();
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
