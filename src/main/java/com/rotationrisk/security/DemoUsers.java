package com.rotationrisk.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with an empty user table, creates two teams, three advisors and one admin — only when
 * {@link DemoData#active()} (the development run on embedded H2). The passwords are the published demo credentials
 * of the README. Under the prod profile any demo account that still has its published password is disabled, so a
 * database first started without prod does not keep a known administrator password.
 */
@Component
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final String NORTHBRIDGE = "Northbridge Advisors";
    static final String HARBOR = "Harbor Wealth Partners";

    record DemoUser(String username, String displayName, String password, Role role, String team,
                    boolean importsPrices) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("alice", "Alice Morgan", "alice-demo-2026", Role.ADVISOR, NORTHBRIDGE, true),
            new DemoUser("bob", "Bob Chen", "bob-demo-2026", Role.ADVISOR, NORTHBRIDGE, false),
            new DemoUser("carol", "Carol Diaz", "carol-demo-2026", Role.ADVISOR, HARBOR, false),
            new DemoUser("admin", "Ada Admin", "admin-demo-2026", Role.ADMIN, null, false));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final DemoData demoData;
    private final AppUserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(DemoData demoData, AppUserRepository users, TeamRepository teams,
              PasswordEncoder passwordEncoder) {
        this.demoData = demoData;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoData.production()) {
            disablePublishedAccounts();
            return;
        }
        if (!demoData.active() || users.count() > 0) {
            return;
        }
        Team northbridge = teams.save(new Team(NORTHBRIDGE));
        Team harbor = teams.save(new Team(HARBOR));
        StringBuilder credentials = new StringBuilder("Created demo users (change or disable them before real use):");
        for (DemoUser demo : USERS) {
            Team team = NORTHBRIDGE.equals(demo.team()) ? northbridge : HARBOR.equals(demo.team()) ? harbor : null;
            AppUser user = new AppUser(demo.username(), demo.displayName(), passwordEncoder.encode(demo.password()),
                    demo.role(), team);
            user.allowReferenceDataChanges(demo.importsPrices());
            users.save(user);
            credentials.append(String.format("%n  %-6s / %-16s %s%s%s", demo.username(), demo.password(), demo.role(),
                    team == null ? "" : ", " + team.getName(), demo.importsPrices() ? ", may change reference data" : ""));
        }
        log.info(credentials.toString());
    }

    private void disablePublishedAccounts() {
        for (DemoUser demo : USERS) {
            users.findByUsername(demo.username())
                    .filter(AppUser::isEnabled)
                    .filter(user -> passwordEncoder.matches(demo.password(), user.getPasswordHash()))
                    .ifPresent(user -> {
                        user.setEnabled(false);
                        log.warn("Disabled demo account '{}': it still has the password published in the README."
                                + " An administrator can set a new password and enable it.", user.getUsername());
                    });
        }
    }
}
