package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class UserAdministrationServiceTest {

    @Autowired UserAdministrationService admin;
    @Autowired AppUserRepository users;
    @Autowired LoginThrottle throttle;

    private long teamId() {
        return admin.listTeams().stream().filter(t -> t.name().equals(DemoUsers.HARBOR)).findFirst().orElseThrow().id();
    }

    @Test
    @WithMockUser(username = "alice", roles = "ADVISOR")
    void advisorsAreDeniedEveryAdministrationMethod() {
        assertThatThrownBy(() -> admin.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createUser(new NewUser("mallory", "Mallory", "long-enough-pw", Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(1L, "long-enough-pw")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.assign(1L, Role.ADMIN, null, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.existsByUsername("mallory")).isFalse();
    }

    @Test
    void anonymousCallersAreDenied() {
        assertThatThrownBy(() -> admin.listUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesAnAdvisorWithAHashedPassword() {
        UserAccount created = admin.createUser(new NewUser(" Erin.Lee ", "Erin Lee", "erin-password-1", Role.ADVISOR, teamId()));
        assertThat(created.username()).isEqualTo("erin.lee");
        assertThat(created.teamName()).isEqualTo(DemoUsers.HARBOR);
        assertThat(users.findByUsername("erin.lee").orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void badInputIsRejectedWithAMessageForTheFieldAndNothingIsWritten() {
        long before = users.count();
        assertInvalid(new NewUser("", "X", "long-enough-pw", Role.ADVISOR, teamId()), "username", "Enter a username");
        assertInvalid(new NewUser("a b", "X", "long-enough-pw", Role.ADVISOR, teamId()), "username", "letters, digits");
        assertInvalid(new NewUser("ALICE", "X", "long-enough-pw", Role.ADVISOR, teamId()), "username", "already taken");
        assertInvalid(new NewUser("newbie", " ", "long-enough-pw", Role.ADVISOR, teamId()), "displayName", "name");
        assertInvalid(new NewUser("newbie", "New", "short", Role.ADVISOR, teamId()), "password", "at least 10");
        assertInvalid(new NewUser("newbie", "New", "long-enough-pw", null, teamId()), "role", "Choose a role");
        assertInvalid(new NewUser("newbie", "New", "long-enough-pw", Role.ADVISOR, null), "team", "must belong to a team");
        assertInvalid(new NewUser("newbie", "New", "long-enough-pw", Role.ADVISOR, 9999L), "team", "no longer exists");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void resettingAPasswordLiftsTheSignInDelay() {
        AppUser carol = users.findByUsername("carol").orElseThrow();
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure(LoginThrottle.accountKey("carol"), java.time.Duration.ofSeconds(30));
        }
        assertThat(throttle.blockedUntil(LoginThrottle.accountKey("carol"))).isPresent();
        admin.resetPassword(carol.getId(), "carol-demo-2026");
        assertThat(throttle.blockedUntil(LoginThrottle.accountKey("carol"))).isEmpty();
        assertThat(throttle.failures(LoginThrottle.accountKey("carol"))).isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCannotDisableOrDemoteThemselves() {
        long adminId = users.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> admin.setEnabled(adminId, false))
                .isInstanceOf(InvalidUserInputException.class).hasMessageContaining("your own account");
        assertThatThrownBy(() -> admin.assign(adminId, Role.ADVISOR, teamId(), false))
                .isInstanceOf(InvalidUserInputException.class).hasMessageContaining("your own role");
    }

    private void assertInvalid(NewUser request, String field, String messagePart) {
        assertThatThrownBy(() -> admin.createUser(request))
                .isInstanceOfSatisfying(InvalidUserInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
                });
    }
}
