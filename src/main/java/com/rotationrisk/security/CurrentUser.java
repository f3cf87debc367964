package com.rotationrisk.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the person behind the current request, for the UI and for access checks in services. */
@Service
public class CurrentUser {

    private final AppUserRepository users;
    // The application's strategy bean (Vaadin's), not the static holder: with two application contexts in
    // one JVM (tests) the static one belongs to whichever started last.
    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(AppUserRepository users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> find() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || auth instanceof SystemAuthentication) {
            return Optional.empty();
        }
        return users.findByUsername(Usernames.normalize(auth.getName()))
                .filter(AppUser::isEnabled)
                // Until they choose their own password, a first administrator may do nothing else.
                .filter(user -> !user.mustChangePassword())
                .map(CurrentUser::toSignedIn);
    }

    /** The signed-in user; throws when nobody (or a since-disabled account, or one that must change its password) is signed in. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** Whether the caller is the application itself ({@link SystemTask}), not a person. */
    public boolean isSystem() {
        return securityContext.getContext().getAuthentication() instanceof SystemAuthentication;
    }

    /** For reads that serve both a signed-in person and the application's own tasks: anyone else is refused. */
    public void requirePersonOrSystem() {
        if (!isSystem()) {
            require();
        }
    }

    /** Display names of the signed-in user's team, themselves included. */
    @Transactional(readOnly = true)
    public List<String> teammateNames() {
        SignedInUser me = require();
        if (me.teamId() == null) {
            return List.of();
        }
        return users.findByTeamIdOrderByDisplayNameAsc(me.teamId()).stream()
                .filter(AppUser::isEnabled)
                .map(AppUser::getDisplayName)
                .toList();
    }

    /** Ids of the signed-in user's team members (themselves included), or just their own id without a team. */
    @Transactional(readOnly = true)
    public List<Long> teamMemberIds() {
        SignedInUser me = require();
        if (me.teamId() == null) {
            return List.of(me.id());
        }
        return users.findByTeamIdOrderByDisplayNameAsc(me.teamId()).stream().map(AppUser::getId).toList();
    }

    /** Display names by user id, for showing who owns or changed something. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        requirePersonOrSystem();
        Map<Long, String> names = new HashMap<>();
        users.findAllById(ids).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }

    static SignedInUser toSignedIn(AppUser user) {
        Team team = user.getTeam();
        return new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                team == null ? null : team.getId(), team == null ? null : team.getName(), user.canManageReferenceData());
    }
}
