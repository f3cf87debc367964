package com.rotationrisk.marketdata;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BenchmarkPairRepository extends JpaRepository<BenchmarkPair, Long> {

    Optional<BenchmarkPair> findFirstByDefaultPairTrue();

    Optional<BenchmarkPair> findByName(String name);

    List<BenchmarkPair> findAllByOrderByDefaultPairDescNameAsc();
}
