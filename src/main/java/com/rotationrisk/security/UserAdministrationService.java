package com.rotationrisk.security;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management for administrators. Every method checks the caller's role itself: the admin
 * view being hidden from advisors is a convenience, this is the access control. Every change is recorded in the
 * audit trail in its own transaction.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministrationService {

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final AuditTrail trail;

    UserAdministrationService(AppUserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
                              CurrentUser currentUser, LoginThrottle throttle, AuditTrail trail) {
        this.throttle = throttle;
        this.trail = trail;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream().map(this::account).toList();
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> listTeams() {
        return teams.findAllByOrderByNameAsc().stream().map(TeamSummary::of).toList();
    }

    @Transactional
    public UserAccount createUser(NewUser request) {
        String username = Usernames.normalize(request.username());
        if (username.isEmpty()) {
            throw new InvalidUserInputException("username", "Enter a username.");
        }
        if (!Usernames.ALLOWED.matcher(username).matches()) {
            throw new InvalidUserInputException("username",
                    "Use 3–60 letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        }
        if (users.existsByUsername(username)) {
            throw new InvalidUserInputException("username", "The username '" + username + "' is already taken.");
        }
        String displayName = requireDisplayName(request.displayName());
        PasswordPolicy.check("password", request.password());
        Role role = requireRole(request.role());
        Team team = resolveTeam(role, request.teamId());
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(request.password()), role, team);
        user.allowReferenceDataChanges(request.canManageReferenceData());
        AppUser saved = users.save(user);
        record(AuditAction.USER_CREATED, "User " + username + " (" + displayName + ") created: role " + role
                + ", team " + teamName(team) + ", reference-data permission " + yesNo(saved.canManageReferenceData()));
        return account(saved);
    }

    @Transactional
    public void resetPassword(long userId, String newPassword) {
        PasswordPolicy.check("password", newPassword);
        AppUser user = load(userId);
        // Their open sessions end now (the security stamp changes); the lifted throttle lets them sign in at once.
        user.changePasswordHash(passwordEncoder.encode(newPassword), false);
        throttle.clearAccount(user.getUsername());
        record(AuditAction.PASSWORD_RESET, "Password of " + user.getUsername() + " reset; their open sessions end.");
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = load(userId);
        if (isMe(user)) {
            throw new InvalidUserInputException("enabled", enabled
                    ? "You cannot enable your own account." : "You cannot disable your own account.");
        }
        boolean was = user.isEnabled();
        user.setEnabled(enabled);
        if (was != enabled) {
            record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                    user.getUsername() + (enabled ? " enabled" : " disabled"));
        }
    }

    @Transactional
    public UserAccount assign(long userId, Role role, Long teamId, boolean canManageReferenceData) {
        AppUser user = load(userId);
        Role newRole = requireRole(role);
        if (isMe(user)) {
            throw new InvalidUserInputException("role",
                    "You cannot change your own role, team or permissions; another administrator can.");
        }
        Role oldRole = user.getRole();
        String oldTeam = teamName(user.getTeam());
        boolean oldPermission = user.canManageReferenceData();
        user.assign(newRole, resolveTeam(newRole, teamId));
        user.allowReferenceDataChanges(canManageReferenceData);
        List<String> changes = new ArrayList<>();
        if (oldRole != newRole) {
            changes.add("role " + oldRole + " → " + newRole);
        }
        if (!Objects.equals(oldTeam, teamName(user.getTeam()))) {
            changes.add("team " + oldTeam + " → " + teamName(user.getTeam()));
        }
        if (oldPermission != user.canManageReferenceData()) {
            changes.add("reference-data permission " + yesNo(oldPermission) + " → "
                    + yesNo(user.canManageReferenceData()));
        }
        if (!changes.isEmpty()) {
            record(AuditAction.USER_ASSIGNED, user.getUsername() + ": " + String.join(", ", changes));
        }
        return account(user);
    }

    @Transactional
    public TeamSummary createTeam(String rawName) {
        String name = rawName == null ? "" : rawName.trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidUserInputException("teamName", "Enter a team name of at most 100 characters.");
        }
        if (teams.findByName(name).isPresent()) {
            throw new InvalidUserInputException("teamName", "A team called '" + name + "' already exists.");
        }
        TeamSummary created = TeamSummary.of(teams.save(new Team(name)));
        record(AuditAction.TEAM_CREATED, "Team " + name + " created");
        return created;
    }

    private void record(AuditAction action, String detail) {
        trail.record(action, currentUser.require().auditActor(), null, detail);
    }

    private static String teamName(Team team) {
        return team == null ? "none" : team.getName();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private boolean isMe(AppUser user) {
        return user.getId().equals(currentUser.require().id());
    }

    private UserAccount account(AppUser user) {
        return UserAccount.of(user, throttle.blockedUntil(LoginThrottle.accountKey(user.getUsername())).orElse(null));
    }

    private AppUser load(long userId) {
        return users.findById(userId)
                .orElseThrow(() -> new InvalidUserInputException("user", "That user no longer exists."));
    }

    private static String requireDisplayName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw new InvalidUserInputException("displayName", "Enter the person's name.");
        }
        if (name.length() > 120) {
            throw new InvalidUserInputException("displayName", "The name must be at most 120 characters long.");
        }
        return name;
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new InvalidUserInputException("role", "Choose a role.");
        }
        return role;
    }

    private Team resolveTeam(Role role, Long teamId) {
        if (teamId == null) {
            if (role == Role.ADVISOR) {
                throw new InvalidUserInputException("team", "An advisor must belong to a team.");
            }
            return null;
        }
        return teams.findById(teamId)
                .orElseThrow(() -> new InvalidUserInputException("team", "That team no longer exists."));
    }
}
