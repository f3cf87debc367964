package com.rotationrisk.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.stereotype.Component;

/**
 * Every start-up task of ours (an {@link ApplicationRunner} in {@code com.rotationrisk}) runs under a database lock
 * named after it, so two instances starting on one database never seed the same data at the same time. The second
 * waits for the first and then runs the task itself, which finds the work done (each task checks what is already
 * stored) — so the work happens once, and no instance serves requests before it is done.
 */
@Component
class OneInstanceAtATimeStartup implements BeanPostProcessor {

    static final Duration HELD_AT_MOST = Duration.ofMinutes(15);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(OneInstanceAtATimeStartup.class);

    private final ObjectProvider<LockProvider> locks;

    OneInstanceAtATimeStartup(ObjectProvider<LockProvider> locks) {
        this.locks = locks;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ApplicationRunner runner && bean.getClass().getName().startsWith("com.rotationrisk.")) {
            return new Locked(runner, "startup-" + beanName, locks);
        }
        return bean;
    }

    /** Keeps the task's order: Spring Boot sorts runners by it, and seeding depends on it. */
    record Locked(ApplicationRunner task, String lockName, ObjectProvider<LockProvider> locks)
            implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws Exception {
            SimpleLock lock = acquire(locks.getObject());
            try {
                task.run(args);
            } finally {
                lock.unlock();
            }
        }

        private SimpleLock acquire(LockProvider provider) throws InterruptedException {
            Instant giveUp = Instant.now().plus(HELD_AT_MOST);
            boolean waited = false;
            while (true) {
                Optional<SimpleLock> lock = provider.lock(new LockConfiguration(Instant.now(), lockName,
                        HELD_AT_MOST, Duration.ZERO));
                if (lock.isPresent()) {
                    if (waited) {
                        log.info("Start-up task {} runs now that another instance finished it", lockName);
                    }
                    return lock.get();
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Start-up task " + lockName + " is still locked by another "
                            + "instance after " + HELD_AT_MOST.toMinutes() + " minutes");
                }
                if (!waited) {
                    log.info("Start-up task {} is running on another instance; waiting for it", lockName);
                    waited = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        }

        @Override
        public int getOrder() {
            Integer order = OrderUtils.getOrder(task.getClass());
            return order == null ? Ordered.LOWEST_PRECEDENCE : order;
        }
    }
}
