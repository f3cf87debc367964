package com.rotationrisk.portfolio;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.security.TeamDirectory;
import com.rotationrisk.security.TeamMember;
import com.rotationrisk.security.TeamSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a portfolio: the owner grants a teammate, the whole team, or (where an administrator allows the pair of
 * teams) a person or team elsewhere VIEWER or EDITOR access, changes the role, revokes, lets viewers copy, and hands
 * the portfolio to a teammate. Every reader may see who has access. Each change is audited. Access is decided on
 * every request, so a revoke takes effect at the grantee's next action.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PortfolioSharing {

    private final PortfolioRepository portfolios;
    private final PortfolioGrantRepository grants;
    private final PortfolioAccess access;
    private final TeamDirectory directory;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PortfolioSharing(PortfolioRepository portfolios, PortfolioGrantRepository grants, PortfolioAccess access,
                     TeamDirectory directory, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.portfolios = portfolios;
        this.grants = grants;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who has access, for anyone who may read the portfolio: the owner first, then each grant. */
    @Transactional(readOnly = true)
    public SharingOverview whoHasAccess(long portfolioId) {
        SignedInUser me = currentUser.require();
        Portfolio p = portfolios.require(portfolioId);
        AccessRole mine = access.requireRead(p, me);
        List<PortfolioGrant> all = grants.findByPortfolioIdOrderByGrantedAtAsc(portfolioId);
        Set<Long> people = new HashSet<>();
        people.add(p.getOwnerId());
        all.forEach(g -> {
            people.add(g.getGrantedBy());
            if (g.getGranteeUserId() != null) {
                people.add(g.getGranteeUserId());
            }
        });
        Map<Long, TeamMember> members = directory.members(people);
        TeamMember owner = members.get(p.getOwnerId());
        Long ownerTeam = owner == null ? null : owner.teamId();
        List<AccessEntry> entries = new ArrayList<>();
        entries.add(new AccessEntry(null, GranteeKind.PERSON, p.getOwnerId(), owner == null ? "unknown" : owner.label(),
                AccessRole.OWNER, null, null, null));
        for (PortfolioGrant g : all) {
            entries.add(new AccessEntry(g.getId(), g.getKind(), g.getGranteeUserId(), granteeName(g, members, ownerTeam),
                    g.getRole(), name(members.get(g.getGrantedBy())), g.getGrantedAt(),
                    access.notInEffectBecause(g, ownerTeam).orElse(null)));
        }
        return new SharingOverview(portfolioId, p.getClientName(), mine, p.viewersMayCopy(), List.copyOf(entries));
    }

    /** Shares with one person (or changes their role). Outside the owner's team only where the teams may share. */
    @Transactional
    public void shareWithPerson(long portfolioId, long userId, AccessRole role) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        requireShareableRole(role);
        TeamMember person = directory.member(userId)
                .orElseThrow(() -> new InvalidPortfolioException("grantee", -1, "That person no longer exists."));
        if (person.id() == p.getOwnerId()) {
            throw new InvalidPortfolioException("grantee", -1, "The owner always has full access.");
        }
        if (!person.enabled() || person.admin()) {
            throw new InvalidPortfolioException("grantee", -1, person.displayName() + (person.admin()
                    ? " is an administrator; administrators do not get access to client portfolios."
                    : "'s account is disabled."));
        }
        Long ownerTeam = access.ownerTeam(p);
        if (!directory.maySharePortfolios(ownerTeam, person.teamId())) {
            throw new InvalidPortfolioException("grantee", -1, person.displayName() + " is in "
                    + (person.teamName() == null ? "no team" : person.teamName())
                    + "; sharing outside your team needs an administrator to allow it for the two teams.");
        }
        upsert(p, GranteeKind.PERSON, userId, null, role, me, person.label());
    }

    /** Shares with everyone in the owner's team, whichever team that is at the time. */
    @Transactional
    public void shareWithOwnTeam(long portfolioId, AccessRole role) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        requireShareableRole(role);
        if (access.ownerTeam(p) == null) {
            throw new InvalidPortfolioException("grantee", -1, "You are not in a team to share with.");
        }
        upsert(p, GranteeKind.OWNER_TEAM, null, null, role, me, "the owner's team");
    }

    /** Shares with another whole team, where an administrator allows the two teams to share. */
    @Transactional
    public void shareWithTeam(long portfolioId, long teamId, AccessRole role) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        requireShareableRole(role);
        Long ownerTeam = access.ownerTeam(p);
        if (Objects.equals(ownerTeam, teamId)) {
            shareWithOwnTeam(portfolioId, role);
            return;
        }
        TeamSummary team = directory.team(teamId)
                .orElseThrow(() -> new InvalidPortfolioException("grantee", -1, "That team no longer exists."));
        if (!directory.maySharePortfolios(ownerTeam, teamId)) {
            throw new InvalidPortfolioException("grantee", -1, "Sharing with " + team.name()
                    + " needs an administrator to allow it for your two teams.");
        }
        upsert(p, GranteeKind.TEAM, null, teamId, role, me, "team " + team.name());
    }

    @Transactional
    public void changeRole(long portfolioId, long grantId, AccessRole role) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        requireShareableRole(role);
        PortfolioGrant g = grantOf(p, grantId);
        if (g.getRole() != role) {
            AccessRole before = g.getRole();
            g.changeRole(role, me.id(), clock.instant());
            audit.record(AuditAction.SHARE_ROLE_CHANGED, me.auditActor(), p.getId(),
                    describe(g) + ": " + word(before) + " → " + word(role));
        }
    }

    /** Ends a grant now: the grantee's next action on the portfolio is refused. */
    @Transactional
    public void revoke(long portfolioId, long grantId) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        PortfolioGrant g = grantOf(p, grantId);
        grants.delete(g);
        audit.record(AuditAction.SHARE_REVOKED, me.auditActor(), p.getId(), describe(g) + " (was " + word(g.getRole()) + ")");
    }

    @Transactional
    public void allowViewerCopies(long portfolioId, boolean allowed) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        if (p.viewersMayCopy() != allowed) {
            portfolios.allowViewerCopies(portfolioId, allowed);
            audit.record(AuditAction.COPYING_CHANGED, me.auditActor(), portfolioId,
                    allowed ? "viewers may copy it into their own portfolios" : "viewers may no longer copy it");
        }
    }

    /**
     * Hands the portfolio to a teammate (the client moves to another advisor). The grants stay with the portfolio;
     * the former owner keeps {@code keepForFormerOwner} access, or none when {@code null}.
     */
    @Transactional
    public void transferOwnership(long portfolioId, long newOwnerId, AccessRole keepForFormerOwner) {
        SignedInUser me = currentUser.require();
        Portfolio p = owned(portfolioId, me);
        TeamMember to = directory.member(newOwnerId)
                .orElseThrow(() -> new InvalidPortfolioException("newOwner", -1, "That person no longer exists."));
        if (to.id() == me.id()) {
            throw new InvalidPortfolioException("newOwner", -1, "You already own this portfolio.");
        }
        if (!to.enabled() || to.admin() || me.teamId() == null || !me.teamId().equals(to.teamId())) {
            throw new InvalidPortfolioException("newOwner", -1, "Choose an advisor of your own team; "
                    + to.displayName() + (to.admin() ? " is an administrator." : !to.enabled()
                    ? "'s account is disabled." : " is in another team."));
        }
        if (keepForFormerOwner != null) {
            requireShareableRole(keepForFormerOwner);
        }
        changeOwner(p, me.id(), to, keepForFormerOwner, me);
    }

    /** Used by administrators' reassignment too: one home for what a change of owner does to the grants. */
    void changeOwner(Portfolio p, long formerOwnerId, TeamMember to, AccessRole keepForFormerOwner, SignedInUser by) {
        grants.findByPortfolioIdOrderByGrantedAtAsc(p.getId()).stream()
                .filter(g -> g.sameGranteeAs(GranteeKind.PERSON, to.id(), null)).forEach(grants::delete);
        grants.flush();
        portfolios.changeOwner(p.getId(), to.id());
        if (keepForFormerOwner != null) {
            grants.save(PortfolioGrant.toUser(p.getId(), formerOwnerId, keepForFormerOwner, by.id(), clock.instant()));
        }
        String former = directory.member(formerOwnerId).map(TeamMember::label).orElse("user " + formerOwnerId);
        audit.record(AuditAction.OWNERSHIP_TRANSFERRED, by.auditActor(), p.getId(), former + " → " + to.label()
                + (keepForFormerOwner == null ? "" : "; the former owner keeps " + word(keepForFormerOwner) + " access"));
    }

    /** The people and other teams the owner may share with, for the share form. */
    @Transactional(readOnly = true)
    public List<TeamMember> shareablePeople(long portfolioId) {
        SignedInUser me = currentUser.require();
        owned(portfolioId, me);
        return directory.shareablePeople();
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> shareableTeams(long portfolioId) {
        SignedInUser me = currentUser.require();
        owned(portfolioId, me);
        return directory.shareableTeams();
    }

    private void upsert(Portfolio p, GranteeKind kind, Long userId, Long teamId, AccessRole role, SignedInUser me,
                        String who) {
        Optional<PortfolioGrant> existing = grants.findByPortfolioIdOrderByGrantedAtAsc(p.getId()).stream()
                .filter(g -> g.sameGranteeAs(kind, userId, teamId)).findFirst();
        if (existing.isPresent()) {
            changeRole(p.getId(), existing.get().getId(), role);
            return;
        }
        grants.save(switch (kind) {
            case PERSON -> PortfolioGrant.toUser(p.getId(), userId, role, me.id(), clock.instant());
            case OWNER_TEAM -> PortfolioGrant.toOwnerTeam(p.getId(), role, me.id(), clock.instant());
            case TEAM -> PortfolioGrant.toTeam(p.getId(), teamId, role, me.id(), clock.instant());
        });
        audit.record(AuditAction.SHARE, me.auditActor(), p.getId(), who + " as " + word(role));
    }

    private Portfolio owned(long portfolioId, SignedInUser me) {
        Portfolio p = portfolios.require(portfolioId);
        access.requireOwner(p, me);
        return p;
    }

    private PortfolioGrant grantOf(Portfolio p, long grantId) {
        return grants.findById(grantId).filter(g -> g.getPortfolioId() == p.getId())
                .orElseThrow(() -> new InvalidPortfolioException("grant", -1,
                        "That access was already removed; the list is refreshed."));
    }

    private String describe(PortfolioGrant g) {
        return switch (g.getKind()) {
            case OWNER_TEAM -> "the owner's team";
            case TEAM -> "team " + directory.team(g.getGranteeTeamId()).map(TeamSummary::name).orElse("?");
            case PERSON -> directory.member(g.getGranteeUserId()).map(TeamMember::label).orElse("a former user");
        };
    }

    private String granteeName(PortfolioGrant g, Map<Long, TeamMember> members, Long ownerTeam) {
        return switch (g.getKind()) {
            case OWNER_TEAM -> "Owner's team" + (ownerTeam == null ? ""
                    : " (" + directory.team(ownerTeam).map(TeamSummary::name).orElse("?") + ")");
            case TEAM -> "Team " + directory.team(g.getGranteeTeamId()).map(TeamSummary::name).orElse("?");
            case PERSON -> name(members.get(g.getGranteeUserId()));
        };
    }

    private static String name(TeamMember m) {
        return m == null ? "a former user" : m.label();
    }

    private static void requireShareableRole(AccessRole role) {
        if (role == null || role == AccessRole.OWNER) {
            throw new InvalidPortfolioException("role", -1, "Share as viewer or editor.");
        }
    }

    static String word(AccessRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
