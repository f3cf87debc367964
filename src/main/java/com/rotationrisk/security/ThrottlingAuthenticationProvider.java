package com.rotationrisk.security;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in with throttling instead of a hard lock (finding 4 of #12).
 * <ul>
 *   <li>An address, or an account from one address, that has failed too often waits (growing delays, see
 *       {@link SecuritySettings}); its attempts are refused without checking the password and still counted.</li>
 *   <li>An account from anywhere waits at most {@link SecuritySettings#maxAccountDelay()}, so an attacker can slow
 *       the owner down by seconds but not lock them out; only checked passwords count against it.</li>
 *   <li>The password is checked before the account's state (disabled), and every failure is the same
 *       {@link BadCredentialsException}: unknown user, wrong password, throttled and disabled look alike.</li>
 * </ul>
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    static final String FAILURE = "Incorrect username or password";

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecuritySettings settings;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     SecuritySettings settings) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Spring checks "disabled" before the password by default, which tells a guesser the account exists.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Usernames.normalize(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        String addressKey = LoginThrottle.addressKey(address);
        String pairKey = LoginThrottle.pairKey(username, address);
        String accountKey = LoginThrottle.accountKey(username);

        Optional<Instant> waiting = throttle.blockedUntil(addressKey).or(() -> throttle.blockedUntil(pairKey))
                .or(() -> throttle.blockedUntil(accountKey));
        if (waiting.isPresent()) {
            throttle.recordFailure(addressKey, settings.maxAddressDelay());
            throttle.recordFailure(pairKey, settings.maxAddressDelay());
            throw new BadCredentialsException(FAILURE);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.clear(pairKey);
            throttle.clear(accountKey);
            return result;
        } catch (AuthenticationException failed) {
            throttle.recordFailure(addressKey, settings.maxAddressDelay());
            throttle.recordFailure(pairKey, settings.maxAddressDelay());
            int accountFailures = throttle.recordFailure(accountKey, settings.maxAccountDelay());
            if (accountFailures == settings.freeFailures() + 1) {
                log.warn("Sign-in of '{}' is being throttled after {} failures (last from {})",
                        username.length() > 60 ? username.substring(0, 60) : username, accountFailures, address);
            }
            throw new BadCredentialsException(FAILURE, failed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
