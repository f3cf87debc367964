package com.rotationrisk.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per key in the {@code login_throttle} table. Every statement is one atomic row update (or an
 * insert that loses a race and falls back to the update), run outside any transaction, so concurrent failures are
 * each counted and never fail the request. The table is shared by every instance.
 */
@Component
class LoginThrottle {

    static final int MAX_KEY = 200;

    private final JdbcTemplate jdbc;
    private final SecuritySettings settings;
    private final java.time.Clock clock;

    LoginThrottle(JdbcTemplate jdbc, SecuritySettings settings, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    static String addressKey(String address) {
        return cut("address:" + (address == null ? "unknown" : address));
    }

    static String accountKey(String username) {
        return cut("account:" + Usernames.normalize(username));
    }

    static String pairKey(String username, String address) {
        return cut("pair:" + Usernames.normalize(username) + "|" + (address == null ? "unknown" : address));
    }

    private static String cut(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    /** Until when the key must wait, if it must. */
    Optional<Instant> blockedUntil(String key) {
        List<Timestamp> until = jdbc.queryForList(
                "select blocked_until from login_throttle where throttle_key = ? and blocked_until > ?",
                Timestamp.class, key, Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /** Counts one failure of {@code key} and makes it wait as {@link SecuritySettings#delayAfter} says. */
    int recordFailure(String key, Duration maxDelay) {
        Instant now = clock.instant();
        if (increment(key, now) == 0) {
            try {
                jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)",
                        key, Timestamp.from(now));
            } catch (DuplicateKeyException raced) {
                increment(key, now);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                Integer.class, key);
        int count = failures == null ? 1 : failures;
        Duration delay = settings.delayAfter(count, maxDelay);
        if (!delay.isZero()) {
            Timestamp until = Timestamp.from(now.plus(delay));
            jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ?"
                    + " and (blocked_until is null or blocked_until < ?)", until, key, until);
        }
        return count;
    }

    private int increment(String key, Instant now) {
        return jdbc.update("update login_throttle set failures = case when last_failure_at < ? then 1"
                        + " else failures + 1 end, last_failure_at = ? where throttle_key = ?",
                Timestamp.from(now.minus(settings.failureMemory())), Timestamp.from(now), key);
    }

    int failures(String key) {
        List<Integer> found = jdbc.queryForList("select failures from login_throttle where throttle_key = ?",
                Integer.class, key);
        return found.isEmpty() ? 0 : found.get(0);
    }

    void clear(String key) {
        jdbc.update("delete from login_throttle where throttle_key = ?", key);
    }

    /** Forgets an account's failures from everywhere (an administrator reset its password). */
    void clearAccount(String username) {
        String name = Usernames.normalize(username);
        jdbc.update("delete from login_throttle where throttle_key = ? or throttle_key like ?",
                accountKey(name), "pair:" + name.replace("\\", "").replace("%", "").replace("_", "\\_") + "|%");
    }

    /** Rows whose failures are forgotten anyway; keeps the table small. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOldFailures() {
        Instant now = clock.instant();
        jdbc.update("delete from login_throttle where last_failure_at < ? and (blocked_until is null or blocked_until < ?)",
                Timestamp.from(now.minus(settings.failureMemory())), Timestamp.from(now));
    }
}
