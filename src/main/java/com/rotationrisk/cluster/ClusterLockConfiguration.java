package com.rotationrisk.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling with ShedLock's database lock (table {@code shedlock}, Flyway V7), using the database's clock. Module
 * listeners ({@code @ApplicationModuleListener}) run asynchronously after the publishing transaction commits.
 */
@Configuration
@EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT3H")
class ClusterLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
