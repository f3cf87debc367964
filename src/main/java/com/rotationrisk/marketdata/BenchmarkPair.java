package com.rotationrisk.marketdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The two benchmarks behind relative strength (the large-cap one) and the rotation spread
 * (small-cap minus large-cap daily return). The small-cap symbol may be missing: then every
 * figure that needs the spread says so instead of being computed.
 */
@Entity
@Table(name = "benchmark_pair")
public class BenchmarkPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String largeCapSymbol;

    private String smallCapSymbol;

    @Column(name = "is_default")
    private boolean defaultPair;

    protected BenchmarkPair() {
    }

    public BenchmarkPair(String name, String largeCapSymbol, String smallCapSymbol, boolean defaultPair) {
        this.name = name;
        this.largeCapSymbol = largeCapSymbol;
        this.smallCapSymbol = smallCapSymbol;
        this.defaultPair = defaultPair;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLargeCapSymbol() {
        return largeCapSymbol;
    }

    public String getSmallCapSymbol() {
        return smallCapSymbol;
    }

    void update(String largeCap, String smallCap) {
        this.largeCapSymbol = largeCap;
        this.smallCapSymbol = smallCap;
    }

    void markDefault(boolean isDefault) {
        this.defaultPair = isDefault;
    }
}
