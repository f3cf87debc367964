package com.rotationrisk.security;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds accounts by username for start-up tasks (demo data) that run without a signed-in user. */
@Service
public class UserLookup {

    private final AppUserRepository users;

    UserLookup(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> byUsername(String username) {
        return users.findByUsername(Usernames.normalize(username)).map(CurrentUser::toSignedIn);
    }
}
