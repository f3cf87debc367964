package com.rotationrisk.portfolio;

import com.rotationrisk.security.SignedInUser;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides what a signed-in person may do with a portfolio: the owner everything; a grant to them
 * or their team VIEWER or EDITOR; anyone else nothing. Administrators manage accounts, not client
 * portfolios, so they get no implicit access.
 */
@Component
class PortfolioAccess {

    private final PortfolioGrantRepository grants;

    PortfolioAccess(PortfolioGrantRepository grants) {
        this.grants = grants;
    }

    Optional<AccessRole> roleOf(Portfolio portfolio, SignedInUser me) {
        if (portfolio.getOwnerId() == me.id()) {
            return Optional.of(AccessRole.OWNER);
        }
        return grants.grantsFor(portfolio.getId(), me.id(), me.teamId()).stream().map(PortfolioGrant::getRole)
                .max(Enum::compareTo);
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
