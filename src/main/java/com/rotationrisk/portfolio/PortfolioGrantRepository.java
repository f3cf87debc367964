package com.rotationrisk.portfolio;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PortfolioGrantRepository extends JpaRepository<PortfolioGrant, Long> {

    @Query("select g from PortfolioGrant g where g.granteeUserId = :userId or (:teamId is not null and g.granteeTeamId = :teamId)")
    List<PortfolioGrant> grantsFor(long userId, Long teamId);

    @Query("select g from PortfolioGrant g where g.portfolioId = :portfolioId and (g.granteeUserId = :userId or (:teamId is not null and g.granteeTeamId = :teamId))")
    List<PortfolioGrant> grantsFor(long portfolioId, long userId, Long teamId);

    List<PortfolioGrant> findByPortfolioId(long portfolioId);
}
