package com.rotationrisk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/**
 * The lock goes around the task as Spring built it: a {@code @Transactional} start-up task keeps its transaction
 * (the lock wraps the proxy, not the bare object) and its place in the start-up order.
 */
@IntegrationTest
class StartupTaskLockTest {

    @Autowired ApplicationContext context;

    @Test
    void startUpTasksAreLockedAroundTheirTransactionalProxyAndKeepTheirOrder() {
        for (String name : new String[] {"bundledMarketData", "demoUsers", "builtInScenarioLoader"}) {
            ApplicationRunner runner = context.getBean(name, ApplicationRunner.class);
            assertThat(runner).as(name).isInstanceOf(OneInstanceAtATimeStartup.Locked.class);
            OneInstanceAtATimeStartup.Locked locked = (OneInstanceAtATimeStartup.Locked) runner;
            assertThat(AopUtils.isAopProxy(locked.task())).as(name + " keeps its transactional proxy").isTrue();
            assertThat(locked.lockName()).isEqualTo("startup-" + name);
        }
        assertThat(((Ordered) context.getBean("demoUsers")).getOrder()).isEqualTo(0);
        assertThat(((Ordered) context.getBean("bundledMarketData")).getOrder()).isEqualTo(1);
        assertThat(((Ordered) context.getBean("builtInScenarioLoader")).getOrder()).isEqualTo(2);
    }
}
