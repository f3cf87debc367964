package com.rotationrisk.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Access to one portfolio for one user or one whole team. */
@Entity
@Table(name = "portfolio_grant")
class PortfolioGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long portfolioId;
    private Long granteeUserId;
    private Long granteeTeamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_role")
    private AccessRole role;

    private long grantedBy;
    private Instant grantedAt;

    protected PortfolioGrant() {
    }

    static PortfolioGrant toTeam(long portfolioId, long teamId, AccessRole role, long grantedBy) {
        PortfolioGrant g = new PortfolioGrant();
        g.portfolioId = portfolioId;
        g.granteeTeamId = teamId;
        g.role = role;
        g.grantedBy = grantedBy;
        g.grantedAt = Instant.now();
        return g;
    }

    static PortfolioGrant toUser(long portfolioId, long userId, AccessRole role, long grantedBy) {
        PortfolioGrant g = toTeam(portfolioId, 0, role, grantedBy);
        g.granteeTeamId = null;
        g.granteeUserId = userId;
        return g;
    }

    long getPortfolioId() {
        return portfolioId;
    }

    Long getGranteeUserId() {
        return granteeUserId;
    }

    Long getGranteeTeamId() {
        return granteeTeamId;
    }

    AccessRole getRole() {
        return role;
    }
}
