package com.rotationrisk.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredScenarioRepository extends JpaRepository<StoredScenario, Long> {

    Optional<StoredScenario> findByCode(String code);

    /** Every published scenario and the drafts of the given authors: built-ins first, then published, then by name. */
    @Query("select s from StoredScenario s where s.status = com.rotationrisk.risk.ScenarioStatus.PUBLISHED"
            + " or s.ownerId in :owners order by s.builtIn desc, s.status desc, s.name, s.id")
    List<StoredScenario> findVisible(Collection<Long> owners);

    @Query("select s from StoredScenario s order by s.builtIn desc, s.status desc, s.name, s.id")
    List<StoredScenario> findAllInOrder();

    @Query("select s from StoredScenario s where s.status = :status order by s.builtIn desc, s.name, s.id")
    List<StoredScenario> findByStatusInOrder(ScenarioStatus status);
}
