package com.rotationrisk.portfolio;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortfolioGrantRepository extends JpaRepository<PortfolioGrant, Long> {

    /**
     * Grants that may give {@code userId} access: to them, to their team, or to the owner's team of a portfolio a
     * teammate owns. Whether each is in effect now is {@link PortfolioAccess}'s decision.
     */
    @Query("""
            select g from PortfolioGrant g where (g.kind = com.rotationrisk.portfolio.GranteeKind.PERSON and g.granteeUserId = :userId)
               or (:teamId is not null and g.kind = com.rotationrisk.portfolio.GranteeKind.TEAM and g.granteeTeamId = :teamId)
               or (g.kind = com.rotationrisk.portfolio.GranteeKind.OWNER_TEAM
                   and g.portfolioId in (select p.id from Portfolio p where p.ownerId in :teammates))""")
    List<PortfolioGrant> candidatesFor(long userId, Long teamId, Collection<Long> teammates);

    List<PortfolioGrant> findByPortfolioIdOrderByGrantedAtAsc(long portfolioId);

    @Query("select g.portfolioId, count(g) from PortfolioGrant g where g.portfolioId in :portfolioIds group by g.portfolioId")
    List<Object[]> countByPortfolio(Collection<Long> portfolioIds);

    @Modifying
    @Query("delete from PortfolioGrant g where g.portfolioId = :portfolioId")
    void deleteByPortfolioId(long portfolioId);
}
