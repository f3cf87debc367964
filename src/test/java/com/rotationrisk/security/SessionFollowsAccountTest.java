package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Finding 3: an open session follows its account. The probe is an authenticated URL: a signed-in session gets 403
 * for a report that does not exist, a session that was ended is sent to the sign-in page.
 */
@IntegrationTest
class SessionFollowsAccountTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired TeamRepository teams;
    @Autowired PasswordEncoder encoder;
    @Autowired UserAdministrationService admin;
    @Autowired UserDetailsService userDetails;
    @Autowired ServletRegistrationBean<SpringServlet> vaadinServlet;
    @LocalServerPort int port;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    private AppUser createUser(String username, Role role) {
        Team team = role == Role.ADVISOR ? teams.findByName(DemoUsers.NORTHBRIDGE).orElseThrow() : null;
        AppUser user = new AppUser(username, username, encoder.encode("right-password-9"), role, team);
        user.allowReferenceDataChanges(true);
        return users.save(user);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(LoginThrottlingTest.signIn(username, "right-password-9",
                "10.9.9." + Math.abs(username.hashCode() % 200))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private boolean signedIn(MockHttpSession session) throws Exception {
        int status = mvc.perform(get("/reports/archive/987654321.pdf").session(session)).andReturn()
                .getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
        return status == 403;
    }

    private void assertChangeEndsSession(String username, Role role, Consumer<Long> change) throws Exception {
        AppUser user = createUser(username, role);
        MockHttpSession session = signIn(username);
        MockHttpSession bystander = signIn("bystander");
        assertThat(signedIn(session)).isTrue();
        change.accept(user.getId());
        assertThat(signedIn(session)).as("the changed account's session").isFalse();
        assertThat(session.isInvalid()).isTrue();
        assertThat(signedIn(bystander)).as("another account's session").isTrue();
    }

    @BeforeEach
    void bystander() {
        if (users.findByUsername("bystander").isEmpty()) {
            createUser("bystander", Role.ADVISOR);
        }
    }

    @Test
    void disablingEndsEveryOpenSession() throws Exception {
        assertChangeEndsSession("to-disable", Role.ADVISOR, id -> security.run("admin", () -> admin.setEnabled(id, false)));
    }

    @Test
    void demotingAnAdministratorEndsTheirSession() throws Exception {
        assertChangeEndsSession("to-demote", Role.ADMIN, id -> security.run("admin",
                () -> admin.assign(id, Role.ADVISOR, teams.findByName(DemoUsers.NORTHBRIDGE).orElseThrow().getId(),
                        true)));
    }

    @Test
    void removingThePermissionEndsTheSession() throws Exception {
        assertChangeEndsSession("no-more-refdata", Role.ADVISOR, id -> security.run("admin",
                () -> admin.assign(id, Role.ADVISOR, teams.findByName(DemoUsers.NORTHBRIDGE).orElseThrow().getId(),
                        false)));
    }

    @Test
    void deletingTheAccountEndsTheSession() throws Exception {
        assertChangeEndsSession("to-delete", Role.ADVISOR, users::deleteById);
    }

    @Test
    void aPasswordResetEndsTheSession() throws Exception {
        assertChangeEndsSession("to-reset", Role.ADVISOR,
                id -> security.run("admin", () -> admin.resetPassword(id, "another-password-1")));
    }

    @Test
    void idleSessionsAreClosedEvenWithATabOpen() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
