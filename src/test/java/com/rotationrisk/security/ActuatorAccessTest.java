package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rotationrisk.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A load balancer probes health without signing in and learns the status only; metrics are for administrators.
 * People sign in through the real form, so the account checks of the chain run as in use.
 */
@IntegrationTest
class ActuatorAccessTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired TeamRepository teams;
    @Autowired PasswordEncoder encoder;

    private MockHttpSession signedIn(Role role) throws Exception {
        String username = "actuator-" + role.name().toLowerCase() + "-" + System.nanoTime();
        Team team = role == Role.ADVISOR ? teams.findByName(DemoUsers.NORTHBRIDGE).orElseThrow() : null;
        users.save(new AppUser(username, username, encoder.encode("right-password-9"), role, team));
        MvcResult result = mvc.perform(LoginThrottlingTest.signIn(username, "right-password-9", "10.9.8.7")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> anonymousProbe(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        return JsonMapper.builder().build().readValue(result.getResponse().getContentAsString(), Map.class);
    }

    @Test
    void anyoneMayProbeReadinessAndLivenessAndSeesTheStatusOnly() throws Exception {
        for (String path : new String[] {"/actuator/health/readiness", "/actuator/health/liveness", "/readyz",
                "/livez"}) {
            assertThat(anonymousProbe(path)).as(path).containsOnlyKeys("status").containsEntry("status", "UP");
        }
        // the root names the probe groups, never a component or a detail
        assertThat(anonymousProbe("/actuator/health")).containsEntry("status", "UP")
                .doesNotContainKeys("components", "details");
    }

    @Test
    void anonymousCallersGetNoMetrics() throws Exception {
        assertThat(mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(mvc.perform(get("/actuator")).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
    }

    @Test
    void anAdvisorGetsNoMetrics() throws Exception {
        MockHttpSession advisor = signedIn(Role.ADVISOR);
        mvc.perform(get("/actuator/metrics").session(advisor)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics/rotationrisk.scoring").session(advisor)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").session(advisor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void anAdministratorReadsMetricsAndTheDatabaseInHealth() throws Exception {
        MockHttpSession admin = signedIn(Role.ADMIN);
        mvc.perform(get("/actuator/metrics").session(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
        mvc.perform(get("/actuator/health").session(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
