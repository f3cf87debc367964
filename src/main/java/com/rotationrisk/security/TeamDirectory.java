package com.rotationrisk.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which team, and which teams may share with each other: the facts sharing decides on. Read on every
 * access check, so a move to another team or a withdrawn pair takes effect at once.
 */
@Service
public class TeamDirectory {

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final TeamSharingPairs pairs;
    private final CurrentUser currentUser;

    TeamDirectory(AppUserRepository users, TeamRepository teams, TeamSharingPairs pairs, CurrentUser currentUser) {
        this.users = users;
        this.teams = teams;
        this.pairs = pairs;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<TeamMember> member(long userId) {
        return users.findById(userId).map(TeamMember::of);
    }

    @Transactional(readOnly = true)
    public Map<Long, TeamMember> members(Collection<Long> userIds) {
        Map<Long, TeamMember> out = new HashMap<>();
        users.findAllById(userIds).forEach(u -> out.put(u.getId(), TeamMember.of(u)));
        return out;
    }

    /** Everyone in these teams, enabled or not, by team id. */
    @Transactional(readOnly = true)
    public Map<Long, List<TeamMember>> membersOfTeams(Collection<Long> teamIds) {
        Map<Long, List<TeamMember>> out = new HashMap<>();
        for (Long teamId : new java.util.HashSet<>(teamIds)) {
            out.put(teamId, users.findByTeamIdOrderByDisplayNameAsc(teamId).stream().map(TeamMember::of).toList());
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<TeamSummary> team(long teamId) {
        return teams.findById(teamId).map(TeamSummary::of);
    }

    /** Same team, or two teams an administrator allows to share; never without a team. */
    @Transactional(readOnly = true)
    public boolean maySharePortfolios(Long ownerTeamId, Long otherTeamId) {
        if (ownerTeamId == null || otherTeamId == null) {
            return false;
        }
        return ownerTeamId.equals(otherTeamId) || pairs.allowed(ownerTeamId, otherTeamId);
    }

    /** Enabled advisors the signed-in person may share with: their team, then the teams theirs may share with. */
    @Transactional(readOnly = true)
    public List<TeamMember> shareablePeople() {
        SignedInUser me = currentUser.require();
        List<TeamMember> people = new ArrayList<>();
        for (Long teamId : teamsSharingWith(me.teamId())) {
            users.findByTeamIdOrderByDisplayNameAsc(teamId).stream().map(TeamMember::of)
                    .filter(m -> m.enabled() && !m.admin() && m.id() != me.id()).forEach(people::add);
        }
        return people;
    }

    /** Other teams the signed-in person's team may share with (allowed by an administrator). */
    @Transactional(readOnly = true)
    public List<TeamSummary> shareableTeams() {
        SignedInUser me = currentUser.require();
        return teamsSharingWith(me.teamId()).stream().filter(id -> !Objects.equals(id, me.teamId()))
                .map(teams::findById).flatMap(Optional::stream).map(TeamSummary::of).toList();
    }

    private List<Long> teamsSharingWith(Long teamId) {
        if (teamId == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        ids.add(teamId);
        ids.addAll(pairs.partnersOf(teamId));
        return ids;
    }
}
