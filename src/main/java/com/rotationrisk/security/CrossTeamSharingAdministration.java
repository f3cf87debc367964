package com.rotationrisk.security;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators decide which pairs of teams may share portfolios across the team boundary. Withdrawing a pair
 * ends the access its grants gave at once (access is checked against the pairs on every request).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CrossTeamSharingAdministration {

    public record AllowedPair(TeamSummary first, TeamSummary second, String allowedBy, Instant allowedAt) {
    }

    private final TeamSharingPairs pairs;
    private final TeamRepository teams;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CrossTeamSharingAdministration(TeamSharingPairs pairs, TeamRepository teams, AppUserRepository users,
                                   CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.pairs = pairs;
        this.teams = teams;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AllowedPair> allowedPairs() {
        Map<Long, TeamSummary> byId = teams.findAll().stream().map(TeamSummary::of)
                .collect(Collectors.toMap(TeamSummary::id, Function.identity()));
        return pairs.all().stream().map(p -> new AllowedPair(byId.get(p.teamLowId()), byId.get(p.teamHighId()),
                users.findById(p.allowedBy()).map(AppUser::getDisplayName).orElse("unknown"), p.allowedAt())).toList();
    }

    @Transactional
    public void allow(long teamA, long teamB) {
        SignedInUser me = currentUser.require();
        String names = names(teamA, teamB);
        if (pairs.allow(teamA, teamB, me.id(), clock.instant())) {
            audit.record(AuditAction.CROSS_TEAM_SHARING_ALLOWED, me.auditActor(), null, names);
        }
    }

    @Transactional
    public void withdraw(long teamA, long teamB) {
        SignedInUser me = currentUser.require();
        String names = names(teamA, teamB);
        if (pairs.withdraw(teamA, teamB)) {
            audit.record(AuditAction.CROSS_TEAM_SHARING_WITHDRAWN, me.auditActor(), null, names);
        }
    }

    private String names(long teamA, long teamB) {
        if (teamA == teamB) {
            throw new InvalidUserInputException("team", "Choose two different teams.");
        }
        Team a = teams.findById(teamA).orElseThrow(() -> new InvalidUserInputException("team", "That team no longer exists."));
        Team b = teams.findById(teamB).orElseThrow(() -> new InvalidUserInputException("team", "That team no longer exists."));
        return a.getName() + " ↔ " + b.getName();
    }
}
