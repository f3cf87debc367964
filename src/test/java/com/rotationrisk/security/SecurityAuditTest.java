package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** #13: sign-ins, failed sign-ins, own password changes and every administrator's change are in the audit trail. */
@IntegrationTest
class SecurityAuditTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserAdministrationService admin;
    @Autowired OwnAccountService ownAccount;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired LoginThrottle throttle;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    private List<Map<String, Object>> entries(String action, String address) {
        return jdbc.queryForList("select * from audit_event where action = ? and client_address = ?", action, address);
    }

    private List<Map<String, Object>> entriesAbout(String action, String detailPart) {
        return jdbc.queryForList("select * from audit_event where action = ? and detail like ?", action,
                "%" + detailPart + "%");
    }

    private MockHttpSession signIn(String username, String password, String address) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getRequest().getSession();
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    void aSignInIsRecordedWithWhoAndFromWhere() throws Exception {
        signIn("bob", "bob-demo-2026", "10.13.0.1");
        assertThat(entries("SIGN_IN", "10.13.0.1")).singleElement().satisfies(e -> {
            assertThat(e.get("ACTOR_ID")).isEqualTo(id("bob"));
            assertThat(e.get("ACTOR_USERNAME")).isEqualTo("bob");
        });
    }

    @Test
    void aSignOutIsRecorded() throws Exception {
        MockHttpSession session = signIn("bob", "bob-demo-2026", "10.13.0.4");
        mvc.perform(post("/logout").session(session).with(csrf()).with(r -> {
            r.setRemoteAddr("10.13.0.4");
            return r;
        }));
        assertThat(entries("SIGN_OUT", "10.13.0.4")).singleElement()
                .satisfies(e -> assertThat(e.get("ACTOR_USERNAME")).isEqualTo("bob"));
    }

    @Test
    void failedSignInsAreRecordedForKnownAndUnknownNamesButNeverThePassword() throws Exception {
        signIn("carol", "not-carols-password-731", "10.13.0.2");
        signIn("nobody-here-13", "typed-secret-4711", "10.13.0.3");
        throttle.clearAccount("carol");

        assertThat(entries("SIGN_IN_FAILED", "10.13.0.2")).singleElement().satisfies(e -> {
            assertThat(e.get("ACTOR_ID")).isEqualTo(id("carol"));
            assertThat(e.get("DETAIL")).isEqualTo("Unknown username or wrong password.");
        });
        assertThat(entries("SIGN_IN_FAILED", "10.13.0.3")).singleElement().satisfies(e -> {
            assertThat(e.get("ACTOR_ID")).isNull();
            assertThat(e.get("ACTOR_USERNAME")).isEqualTo("nobody-here-13");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%typed-secret-4711%'"
                + " or actor_username like '%typed-secret%' or detail like '%not-carols-password%'", Integer.class))
                .isZero();
    }

    @Test
    void everyAdministratorsChangeIsRecordedWithWhatChangedFromWhatToWhat() {
        long northbridge = security.as("admin", () -> admin.listTeams()).stream().filter(t -> t.name().equals(DemoUsers.NORTHBRIDGE))
                .findFirst().orElseThrow().id();
        UserAccount created = security.as("admin", () -> admin.createUser(new NewUser("audit.dora", "Dora Audit",
                "dora-password-1", Role.ADVISOR, northbridge, false)));
        assertThat(entriesAbout("USER_CREATED", "audit.dora")).singleElement().satisfies(e -> {
            assertThat(e.get("ACTOR_ID")).isEqualTo(id("admin"));
            assertThat((String) e.get("DETAIL")).contains("role ADVISOR", "team Northbridge Advisors")
                    .doesNotContain("dora-password-1");
        });

        security.run("admin", () -> admin.assign(created.id(), Role.ADMIN, null, true));
        assertThat(entriesAbout("USER_ASSIGNED", "audit.dora")).singleElement().extracting(e -> e.get("DETAIL"))
                .isEqualTo("audit.dora: role ADVISOR → ADMIN, team Northbridge Advisors → none, "
                        + "reference-data permission no → yes");

        security.run("admin", () -> admin.resetPassword(created.id(), "dora-password-2"));
        assertThat(entriesAbout("PASSWORD_RESET", "audit.dora")).hasSize(1);
        security.run("admin", () -> admin.setEnabled(created.id(), false));
        security.run("admin", () -> admin.setEnabled(created.id(), true));
        assertThat(entriesAbout("USER_DISABLED", "audit.dora")).hasSize(1);
        assertThat(entriesAbout("USER_ENABLED", "audit.dora")).hasSize(1);

        security.run("admin", () -> admin.createTeam("Audit Team 13"));
        assertThat(entriesAbout("TEAM_CREATED", "Audit Team 13")).singleElement()
                .extracting(e -> e.get("ACTOR_USERNAME")).isEqualTo("admin");

        security.run("audit.dora", () -> ownAccount.changePassword("dora-password-2", "dora-password-3"));
        assertThat(jdbc.queryForList("select * from audit_event where action = 'PASSWORD_CHANGED' and actor_id = ?",
                created.id())).hasSize(1);
    }
}
