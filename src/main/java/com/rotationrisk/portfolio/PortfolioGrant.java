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
import java.util.Objects;

/** Access to one portfolio for one person, the owner's team, or another team. */
@Entity
@Table(name = "portfolio_grant")
class PortfolioGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long portfolioId;

    @Enumerated(EnumType.STRING)
    @Column(name = "grantee_kind")
    private GranteeKind kind;

    private Long granteeUserId;
    private Long granteeTeamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_role")
    private AccessRole role;

    private long grantedBy;
    private Instant grantedAt;

    protected PortfolioGrant() {
    }

    private PortfolioGrant(long portfolioId, GranteeKind kind, Long userId, Long teamId, AccessRole role,
                           long grantedBy, Instant at) {
        this.portfolioId = portfolioId;
        this.kind = kind;
        this.granteeUserId = userId;
        this.granteeTeamId = teamId;
        this.role = role;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
    }

    static PortfolioGrant toOwnerTeam(long portfolioId, AccessRole role, long grantedBy, Instant at) {
        return new PortfolioGrant(portfolioId, GranteeKind.OWNER_TEAM, null, null, role, grantedBy, at);
    }

    static PortfolioGrant toTeam(long portfolioId, long teamId, AccessRole role, long grantedBy, Instant at) {
        return new PortfolioGrant(portfolioId, GranteeKind.TEAM, null, teamId, role, grantedBy, at);
    }

    static PortfolioGrant toUser(long portfolioId, long userId, AccessRole role, long grantedBy, Instant at) {
        return new PortfolioGrant(portfolioId, GranteeKind.PERSON, userId, null, role, grantedBy, at);
    }

    /** The same grantee (kind and who), whatever the role. */
    boolean sameGranteeAs(GranteeKind otherKind, Long userId, Long teamId) {
        return kind == otherKind && Objects.equals(granteeUserId, userId) && Objects.equals(granteeTeamId, teamId);
    }

    void changeRole(AccessRole newRole, long by, Instant at) {
        this.role = newRole;
        this.grantedBy = by;
        this.grantedAt = at;
    }

    Long getId() {
        return id;
    }

    long getPortfolioId() {
        return portfolioId;
    }

    GranteeKind getKind() {
        return kind;
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

    long getGrantedBy() {
        return grantedBy;
    }

    Instant getGrantedAt() {
        return grantedAt;
    }
}
