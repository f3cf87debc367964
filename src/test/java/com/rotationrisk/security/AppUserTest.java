package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private final Instant now = Instant.parse("2026-01-16T10:00:00Z");

    @Test
    void locksOnlyWhenTheFailureLimitIsReachedAndUnlocksWhenTheLockRunsOut() {
        AppUser user = new AppUser("dana", "Dana", "{noop}x", Role.ADVISOR, null);
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(5, now.plusSeconds(900));
        }
        assertThat(user.isLockedAt(now)).isFalse();
        user.recordFailedLogin(5, now.plusSeconds(900));
        assertThat(user.isLockedAt(now)).isTrue();
        assertThat(user.isLockedAt(now.plusSeconds(899))).isTrue();
        assertThat(user.isLockedAt(now.plusSeconds(900))).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        AppUser user = new AppUser("dana", "Dana", "{noop}x", Role.ADVISOR, null);
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(5, now.plusSeconds(900));
        }
        user.recordSuccessfulLogin();
        user.recordFailedLogin(5, now.plusSeconds(900));
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedLoginCount()).isEqualTo(1);
    }
}
