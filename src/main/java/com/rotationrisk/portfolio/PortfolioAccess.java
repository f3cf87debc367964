package com.rotationrisk.portfolio;

import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.security.TeamDirectory;
import com.rotationrisk.security.TeamMember;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides what a signed-in person may do with a portfolio, from the facts as they are now: the owner everything;
 * a grant VIEWER or EDITOR while it is in effect; anyone else nothing. A grant to a person or team outside the
 * owner's team is in effect only while an administrator allows the two teams to share, so moving a person or
 * withdrawing a pair ends access at once. Administrators manage accounts, not client portfolios: grants never
 * give them access.
 */
@Component
class PortfolioAccess {

    private final PortfolioGrantRepository grants;
    private final TeamDirectory directory;

    PortfolioAccess(PortfolioGrantRepository grants, TeamDirectory directory) {
        this.grants = grants;
        this.directory = directory;
    }

    Optional<AccessRole> roleOf(Portfolio portfolio, SignedInUser me) {
        if (portfolio.getOwnerId() == me.id()) {
            return Optional.of(AccessRole.OWNER);
        }
        if (me.isAdmin()) {
            return Optional.empty();
        }
        return bestRole(grants.findByPortfolioIdOrderByGrantedAtAsc(portfolio.getId()), ownerTeam(portfolio), me);
    }

    Optional<AccessRole> bestRole(List<PortfolioGrant> candidates, Long ownerTeamId, SignedInUser me) {
        return candidates.stream().filter(g -> inEffectFor(g, ownerTeamId, me)).map(PortfolioGrant::getRole)
                .max(Enum::compareTo);
    }

    /** Whether {@code grant} gives {@code me} access now. */
    boolean inEffectFor(PortfolioGrant grant, Long ownerTeamId, SignedInUser me) {
        if (me.isAdmin()) {
            return false;
        }
        return switch (grant.getKind()) {
            case PERSON -> grant.getGranteeUserId() == me.id() && directory.maySharePortfolios(ownerTeamId, me.teamId());
            case OWNER_TEAM -> ownerTeamId != null && ownerTeamId.equals(me.teamId());
            case TEAM -> grant.getGranteeTeamId().equals(me.teamId())
                    && directory.maySharePortfolios(ownerTeamId, me.teamId());
        };
    }

    /** Whether {@code grant} reaches anyone now (for the "who has access" list); the reason when it does not. */
    Optional<String> notInEffectBecause(PortfolioGrant grant, Long ownerTeamId) {
        return switch (grant.getKind()) {
            case OWNER_TEAM -> ownerTeamId == null ? Optional.of("the owner is not in a team") : Optional.empty();
            case TEAM -> directory.maySharePortfolios(ownerTeamId, grant.getGranteeTeamId()) ? Optional.empty()
                    : Optional.of("sharing between the two teams is not allowed now");
            case PERSON -> directory.member(grant.getGranteeUserId()).map(m -> {
                if (!m.enabled()) {
                    return "the account is disabled";
                }
                if (m.admin()) {
                    return "administrators do not get access to client portfolios";
                }
                return directory.maySharePortfolios(ownerTeamId, m.teamId()) ? null
                        : "they are in another team, and sharing between the two teams is not allowed now";
            });
        };
    }

    /** The current team of each portfolio's owner, by owner id (absent: no team), in one query. */
    Map<Long, Long> ownerTeams(Collection<Portfolio> portfolios) {
        Map<Long, Long> teams = new HashMap<>();
        directory.members(portfolios.stream().map(Portfolio::getOwnerId).distinct().toList())
                .forEach((id, member) -> teams.put(id, member.teamId()));
        return teams;
    }

    Long ownerTeam(Portfolio portfolio) {
        return directory.member(portfolio.getOwnerId()).map(TeamMember::teamId).orElse(null);
    }

    /** The caller's role; a portfolio they may not see is reported exactly like one that does not exist. */
    AccessRole requireRead(Portfolio portfolio, SignedInUser me) {
        return roleOf(portfolio, me).orElseThrow(() -> new AccessDeniedException("No such portfolio"));
    }

    AccessRole requireEdit(Portfolio portfolio, SignedInUser me) {
        AccessRole role = requireRead(portfolio, me);
        if (!role.mayEdit()) {
            throw new AccessDeniedException("You may view this portfolio but not change it");
        }
        return role;
    }

    void requireOwner(Portfolio portfolio, SignedInUser me) {
        if (requireRead(portfolio, me) != AccessRole.OWNER) {
            throw new AccessDeniedException("Only the portfolio's owner may do this");
        }
    }
}
