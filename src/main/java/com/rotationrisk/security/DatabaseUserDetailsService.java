package com.rotationrisk.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    DatabaseUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(authorities(user))
                .disabled(!user.isEnabled())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }

    private static String[] authorities(AppUser user) {
        return user.canImportPrices()
                ? new String[] {user.getRole().authority(), "ROLE_" + Role.PRICE_IMPORTER}
                : new String[] {user.getRole().authority()};
    }
}
