package com.rotationrisk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** #13: creating, changing, publishing and deleting a scenario are in the audit trail, by whom. */
@IntegrationTest
class ScenarioAuditTest {

    @Autowired ScenarioService scenarios;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    private String recorded(String action, long scenarioId) {
        return jdbc.queryForObject("select actor_username from audit_event where action = ? and detail like ?",
                String.class, action, "%(id " + scenarioId + ",%");
    }

    @Test
    void aScenariosLifeIsRecorded() {
        long tariff = security.as("alice", () -> scenarios.visibleScenarios()).stream()
                .filter(s -> s.code().equals("tariff-shock")).findFirst().orElseThrow().id();
        ScenarioView draft = security.as("alice", () -> scenarios.copy(tariff, "Audited tariffs"));
        ScenarioDraft content = draft.content();
        ScenarioDraft renamed = new ScenarioDraft("Audited tariffs 13", content.description(), content.analogStart(),
                content.analogEnd(), content.marketShockPct(), content.spreadShockPct(), content.spreadGivesBackYtd(),
                content.policyScenario(), content.shocks());
        ScenarioView saved = security.as("alice", () -> scenarios.update(draft.id(), renamed, draft.version()));
        security.as("alice", () -> scenarios.publish(saved.id(), saved.version()));
        ScenarioView doomed = security.as("bob", () -> scenarios.copy(tariff, "Doomed draft"));
        security.run("bob", () -> scenarios.delete(doomed.id()));

        assertThat(recorded("SCENARIO_CREATED", draft.id())).isEqualTo("alice");
        assertThat(recorded("SCENARIO_CHANGED", draft.id())).isEqualTo("alice");
        assertThat(recorded("SCENARIO_PUBLISHED", draft.id())).isEqualTo("alice");
        assertThat(recorded("SCENARIO_DELETED", doomed.id())).isEqualTo("bob");
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'SCENARIO_PUBLISHED'"
                + " and detail like ?", String.class, "%(id " + draft.id() + ",%")).startsWith("\"Audited tariffs 13\"");
    }
}
