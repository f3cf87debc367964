package com.rotationrisk.marketdata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    Optional<Instrument> findBySymbol(String symbol);

    List<Instrument> findBySymbolIn(Collection<String> symbols);

    List<Instrument> findAllByOrderBySymbolAsc();

    @Modifying
    @Query("update Instrument i set i.dataVersion = i.dataVersion + 1 where i.id = :id")
    void bumpDataVersion(Long id);
}
