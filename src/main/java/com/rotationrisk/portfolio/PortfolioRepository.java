package com.rotationrisk.portfolio;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortfolioRepository extends JpaRepository<Portfolio, Long> {

    List<Portfolio> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

    List<Portfolio> findByIdInOrderByUpdatedAtDesc(Collection<Long> ids);
}
