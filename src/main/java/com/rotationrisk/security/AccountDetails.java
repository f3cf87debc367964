package com.rotationrisk.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session: Spring's {@link User} plus the account id and the security stamp it was
 * signed in under, which {@link AccountSessionFilter} compares with the database on every request.
 */
public class AccountDetails extends User {

    private final long userId;
    private final long securityStamp;

    AccountDetails(AppUser user, Collection<? extends GrantedAuthority> authorities) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true, authorities);
        this.userId = user.getId();
        this.securityStamp = user.getSecurityStamp();
    }

    public long userId() {
        return userId;
    }

    public long securityStamp() {
        return securityStamp;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
