package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Finding 2: the first administrator signs in with the one-time password and can do nothing but change it. */
@IntegrationTest
class FirstSignInTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService userDetails;
    @Autowired CurrentUser currentUser;
    @Autowired OwnAccountService ownAccount;
    @Autowired UserAdministrationService admin;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    @Test
    void theOneTimePasswordOnlyOpensThePasswordChange() throws Exception {
        AppUser first = new AppUser("first-admin", "First", encoder.encode("one-time-pass-1"), Role.ADMIN, null);
        first.requirePasswordChange();
        users.save(first);

        mvc.perform(LoginThrottlingTest.signIn("first-admin", "one-time-pass-1", "10.7.7.7"))
                .andExpect(authenticated().withAuthentication(auth -> assertThat(auth.getAuthorities())
                        .extracting(a -> a.getAuthority()).contains(Role.PASSWORD_CHANGE_REQUIRED)
                        .noneMatch(a -> a.startsWith("ROLE_"))));
        assertThatThrownBy(() -> security.run("first-admin", () -> admin.listUsers()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(security.as("first-admin", () -> currentUser.find())).isEmpty();
        assertThatThrownBy(() -> security.run("first-admin", () -> currentUser.require()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThatThrownBy(() -> security.run("first-admin", () -> ownAccount.changePassword("wrong", "a-new-password-1")))
                .isInstanceOfSatisfying(InvalidUserInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        security.run("first-admin", () -> ownAccount.changePassword("one-time-pass-1", "a-new-password-1"));

        assertThat(users.findByUsername("first-admin").orElseThrow().mustChangePassword()).isFalse();
        assertThat(security.as("first-admin", () -> admin.listUsers())).isNotEmpty();
        assertThat(security.as("first-admin", () -> currentUser.require().isAdmin())).isTrue();
    }
}
