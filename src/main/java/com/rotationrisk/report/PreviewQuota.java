package com.rotationrisk.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Previews archive nothing, so the archive cannot count them: this counts each person's previews of the last hour in
 * memory (per instance, which is enough to stop one person from keeping the PDF renderer busy).
 */
final class PreviewQuota {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** True, and counted, when fewer than {@code max} previews were taken in the last hour. */
    boolean tryAcquire(long userId, int max, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
