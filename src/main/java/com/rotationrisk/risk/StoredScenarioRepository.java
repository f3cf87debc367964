package com.rotationrisk.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredScenarioRepository extends JpaRepository<StoredScenario, Long> {

    Optional<StoredScenario> findByCode(String code);

    @Query("select s from StoredScenario s where s.builtIn = true or s.ownerId in :owners order by s.builtIn desc, s.name")
    List<StoredScenario> findVisible(Collection<Long> owners);
}
