package com.rotationrisk.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AccountDetails(user, authorities(user));
    }

    static List<GrantedAuthority> authorities(AppUser user) {
        if (user.mustChangePassword()) {
            return AuthorityUtils.createAuthorityList(Role.PASSWORD_CHANGE_REQUIRED);
        }
        return user.canManageReferenceData()
                ? AuthorityUtils.createAuthorityList(user.getRole().authority(), "ROLE_" + Role.REFERENCE_DATA)
                : AuthorityUtils.createAuthorityList(user.getRole().authority());
    }
}
