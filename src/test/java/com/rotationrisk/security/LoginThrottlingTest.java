package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import com.rotationrisk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Finding 4: throttled sign-in by address and account, one message for every failure, atomic counting. */
@IntegrationTest
class LoginThrottlingTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired TeamRepository teams;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;
    @Autowired LoginThrottle throttle;
    @Autowired SecuritySettings settings;

    private void createUser(String username, String password) {
        Team team = teams.findByName(DemoUsers.NORTHBRIDGE).orElseThrow();
        users.save(new AppUser(username, username, encoder.encode(password), Role.ADVISOR, team));
    }

    static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void anAdvisorWithTheFirmWidePermissionSignsIn() throws Exception {
        mvc.perform(signIn("alice", "alice-demo-2026", "10.1.0.1"))
                .andExpect(authenticated().withUsername("alice").withRoles("ADVISOR", "REFERENCE_DATA"));
    }

    @Test
    void usernameIsCaseInsensitive() throws Exception {
        mvc.perform(signIn("  ALICE ", "alice-demo-2026", "10.1.0.2")).andExpect(authenticated().withUsername("alice"));
    }

    @Test
    void unknownUserWrongPasswordAndDisabledAccountGetTheSameAnswer() throws Exception {
        createUser("gone", "right-password-3");
        tx.executeWithoutResult(s -> users.findByUsername("gone").orElseThrow().setEnabled(false));
        for (String[] attempt : new String[][] {{"nobody-here", "whatever-pass"}, {"bob", "not-his-password"},
                {"gone", "right-password-3"}}) {
            mvc.perform(signIn(attempt[0], attempt[1], "10.1.0.3"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                            instanceOf(BadCredentialsException.class)));
        }
        throttle.clearAccount("bob");
    }

    @Test
    void fiveWrongPasswordsFromAnAttackerDoNotLockTheOwnerOut() throws Exception {
        createUser("target", "right-password-1");
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("target", "wrong-" + i, "203.0.113.7")).andExpect(unauthenticated());
        }
        mvc.perform(signIn("target", "right-password-1", "198.51.100.20")).andExpect(authenticated());
    }

    @Test
    void anAddressThatKeepsFailingWaitsLongerEachTimeAndIsRefusedEvenWithTheRightPassword() throws Exception {
        createUser("victim2", "right-password-2");
        String attacker = "203.0.113.9";
        for (int i = 0; i < 7; i++) {
            mvc.perform(signIn("victim2", "wrong-" + i, attacker)).andExpect(unauthenticated());
        }
        Instant blocked = throttle.blockedUntil(LoginThrottle.addressKey(attacker)).orElseThrow();
        assertThat(blocked).isAfter(Instant.now());
        mvc.perform(signIn("victim2", "right-password-2", attacker)).andExpect(unauthenticated())
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(BadCredentialsException.class)));
        assertThat(throttle.blockedUntil(LoginThrottle.addressKey(attacker)).orElseThrow()).isAfterOrEqualTo(blocked);
        assertThat(throttle.failures(LoginThrottle.addressKey(attacker))).isEqualTo(8);
    }

    @Test
    void delaysGrowAndAnAccountIsNeverBlockedLongerThanTheAccountCap() {
        assertThat(settings.delayAfter(5, Duration.ofMinutes(15))).isZero();
        assertThat(settings.delayAfter(6, Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.delayAfter(8, Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.delayAfter(100, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
        String key = LoginThrottle.accountKey("capped-account");
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(key, settings.maxAccountDelay());
        }
        assertThat(throttle.blockedUntil(key).orElseThrow())
                .isBefore(Instant.now().plus(settings.maxAccountDelay()).plusSeconds(1));
    }

    @Test
    void fiftyConcurrentWrongPasswordsAreAllRefusedCleanlyAndAllCounted() throws Exception {
        createUser("burst", "right-password-4");
        String address = "192.0.2.50";
        int attempts = 50;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String password = "wrong-burst-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(signIn("burst", password, address)).andReturn();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<MvcResult> result : results) {
                statuses.add(result.get().getResponse().getStatus());
            }
            assertThat(statuses).hasSize(attempts).containsOnly(302);
            for (Future<MvcResult> result : results) {
                assertThat(result.get().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(throttle.failures(LoginThrottle.addressKey(address))).isEqualTo(attempts);
        assertThat(throttle.failures(LoginThrottle.pairKey("burst", address))).isEqualTo(attempts);
        System.out.printf("LoginThrottlingTest: %d concurrent wrong passwords: all 302, %d counted for the address, "
                        + "%d password checks counted for the account%n", attempts,
                throttle.failures(LoginThrottle.addressKey(address)),
                throttle.failures(LoginThrottle.accountKey("burst")));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = users.findByUsername("alice").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("alice-demo-2026");
    }
}
