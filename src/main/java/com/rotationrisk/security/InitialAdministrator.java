package com.rotationrisk.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time setup step of a fresh production database (finding 2 of #12): when no account exists and no demo
 * users are made, creates the first administrator. Its password is {@code ROTATIONRISK_SETUP_ADMIN_PASSWORD} when
 * set (at least 10 characters), otherwise a random one-time password printed once in the log. Either way it must be
 * changed at the first sign-in; until then the account can do nothing else. Once any account exists this does nothing.
 */
@Component
@Order(1)
@EnableConfigurationProperties(InitialAdministrator.SetupSettings.class)
class InitialAdministrator implements ApplicationRunner {

    /** {@code rotationrisk.setup.admin-username} (default admin) and {@code .admin-password} (from the environment). */
    @ConfigurationProperties(prefix = "rotationrisk.setup")
    record SetupSettings(String adminUsername, String adminPassword) {

        SetupSettings {
            adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : Usernames.normalize(adminUsername);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final SetupSettings settings;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    InitialAdministrator(SetupSettings settings, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.settings = settings;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!Usernames.ALLOWED.matcher(settings.adminUsername()).matches()) {
            throw new IllegalStateException("rotationrisk.setup.admin-username is not a valid username");
        }
        boolean given = settings.adminPassword() != null && !settings.adminPassword().isBlank();
        String password = given ? settings.adminPassword() : oneTimePassword();
        PasswordPolicy.check("rotationrisk.setup.admin-password", password);
        AppUser admin = new AppUser(settings.adminUsername(), "Administrator", passwordEncoder.encode(password),
                Role.ADMIN, null);
        admin.requirePasswordChange();
        users.save(admin);
        if (given) {
            log.warn("Created the first administrator '{}' with the password from ROTATIONRISK_SETUP_ADMIN_PASSWORD;"
                    + " it must be changed at the first sign-in.", admin.getUsername());
        } else {
            log.warn("""
                    Created the first administrator. Sign in once with this one-time password and choose a new one;
                      username: {}
                      one-time password: {}
                    It is shown only now.""", admin.getUsername(), password);
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
