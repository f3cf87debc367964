package com.rotationrisk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.PostgresTestDatabase;
import com.rotationrisk.RotationRiskApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two instances of the application started at the same moment on one PostgreSQL database: Flyway migrates once, and
 * every start-up task (bundled market data, rotation pairs, built-in scenarios, the first administrator) does its
 * work once — the second instance waits for the first and finds it done.
 */
@EnabledIf("com.rotationrisk.PostgresTestDatabase#named")
class TwoInstancesOnePostgresTest {

    private final String schema = "two_instances_" + System.nanoTime();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private SingleConnectionDataSource admin;

    @BeforeEach
    void createSchema() {
        admin = new SingleConnectionDataSource(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password(), true);
        new JdbcTemplate(admin).execute("create schema " + schema);
    }

    @AfterEach
    void stopAndDrop() {
        instances.forEach(ConfigurableApplicationContext::close);
        new JdbcTemplate(admin).execute("drop schema " + schema + " cascade");
        admin.destroy();
    }

    @Test
    void startUpTasksRunOnceAcrossTwoInstances() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starting.add(starters.submit(this::start));
        }
        for (Future<ConfigurableApplicationContext> f : starting) {
            instances.add(f.get(5, TimeUnit.MINUTES));
        }
        starters.shutdown();

        JdbcTemplate db = new JdbcTemplate(admin);
        db.execute("set search_path to " + schema);
        assertThat(instances).allMatch(ConfigurableApplicationContext::isRunning);
        assertThat(db.queryForObject("select count(*) from instrument", Integer.class)).isEqualTo(33);
        assertThat(db.queryForObject("select count(*) from daily_bar", Integer.class)).isEqualTo(89_111);
        assertThat(db.queryForObject("select count(*) from scenario where built_in = true", Integer.class))
                .isEqualTo(5);
        assertThat(db.queryForObject("select count(*) from app_user", Integer.class))
                .as("one first administrator, not one per instance").isEqualTo(1);
        assertThat(db.queryForList("select name from shedlock", String.class))
                .contains("startup-bundledMarketData", "startup-builtInScenarioLoader", "startup-initialAdministrator");
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: they must win over application.properties
        return new SpringApplicationBuilder(RotationRiskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresTestDatabase.urlFor(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--rotationrisk.demo-data.enabled=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false",
                "--logging.level.root=warn",
                "--logging.level.com.rotationrisk.cluster=info");
    }
}
