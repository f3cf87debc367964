package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class LoginLockoutTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired TeamRepository teams;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;

    private void createUser(String username, String password) {
        Team team = teams.findByName(DemoUsers.NORTHBRIDGE).orElseThrow();
        users.save(new AppUser(username, username, encoder.encode(password), Role.ADVISOR, team));
    }

    @Test
    void demoAdvisorCanSignIn() throws Exception {
        mvc.perform(formLogin("/login").user("alice").password("alice-demo-2026"))
                .andExpect(authenticated().withUsername("alice").withRoles("ADVISOR", "PRICE_IMPORTER"));
    }

    @Test
    void usernameIsCaseInsensitive() throws Exception {
        mvc.perform(formLogin("/login").user("  ALICE ").password("alice-demo-2026"))
                .andExpect(authenticated().withUsername("alice"));
    }

    @Test
    void wrongPasswordIsRefusedWithBadCredentials() throws Exception {
        mvc.perform(formLogin("/login").user("bob").password("not-his-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(BadCredentialsException.class)));
        tx.executeWithoutResult(s -> users.findByUsername("bob").orElseThrow().recordSuccessfulLogin());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightPassword() throws Exception {
        createUser("lockme", "right-password-1");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockme").password("wrong-" + i)).andExpect(unauthenticated());
        }
        assertThat(users.findByUsername("lockme").orElseThrow().getLockedUntil()).isNotNull();

        mvc.perform(formLogin("/login").user("lockme").password("right-password-1"))
                .andExpect(unauthenticated())
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(LockedException.class)));
    }

    @Test
    void fourWrongPasswordsThenTheRightOneSignsInAndResetsTheCount() throws Exception {
        createUser("almost", "right-password-2");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("almost").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("almost").password("right-password-2")).andExpect(authenticated());
        assertThat(users.findByUsername("almost").orElseThrow().getFailedLoginCount()).isZero();
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        createUser("gone", "right-password-3");
        tx.executeWithoutResult(s -> users.findByUsername("gone").orElseThrow().setEnabled(false));
        mvc.perform(formLogin("/login").user("gone").password("right-password-3"))
                .andExpect(unauthenticated())
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(DisabledException.class)));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = users.findByUsername("alice").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("alice-demo-2026");
    }
}
