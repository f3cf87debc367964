package com.rotationrisk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url",
                    "jdbc:postgresql://db-host:5432/rotationrisk?password=hunter2"));

    @Test
    void aRefusedConnectionDeepInTheStartIsOneParagraphNamingTheAddress() {
        SQLException refused = new SQLException("Connection to db-host:5432 refused", "08001",
                new ConnectException("Connection refused"));
        Throwable startFailure = new BeanCreationException("flywayInitializer", "Failed to initialize",
                new IllegalStateException("Unable to obtain connection from database", refused));

        FailureAnalysis analysis = analyzer.analyze(startFailure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("could not reach its database at "
                + "jdbc:postgresql://db-host:5432/rotationrisk (SQLException: Connection to db-host:5432 refused)")
                .doesNotContain("hunter2");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "docs/operations.md");
        assertThat(analysis.getCause()).isSameAs(startFailure);
    }

    @Test
    void aPoolTimeoutCounts() {
        assertThat(analyzer.analyze(new RuntimeException(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms")))).isNotNull();
    }

    @Test
    void otherStartFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new BeanCreationException("x", "broken bean"))).isNull();
        assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
    }

    @Test
    void h2SettingsAreCutFromTheAddress() {
        assertThat(DatabaseUnreachableFailureAnalyzer.withoutSecrets("jdbc:h2:file:./data/rotationrisk;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:./data/rotationrisk");
    }
}
