package com.rotationrisk.marketdata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String symbol;

    private String name;

    @Enumerated(EnumType.STRING)
    private AssetType assetType;

    private String sector;

    private String industry;

    @Enumerated(EnumType.STRING)
    private SizeBucket sizeBucket;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "benchmark_pair_id")
    private BenchmarkPair benchmarkPair;

    private String source;

    private String priceBasis;

    /** Bumped by every write of this instrument's bars, so caches in any instance can tell they are stale. */
    private long dataVersion;

    private Instant createdAt;

    protected Instrument() {
    }

    public Instrument(InstrumentDetails details, String source, String priceBasis) {
        this.symbol = details.symbol();
        this.name = details.name();
        this.assetType = details.assetType();
        this.sector = details.sector();
        this.industry = details.industry();
        this.sizeBucket = details.sizeBucket();
        this.source = source;
        this.priceBasis = priceBasis;
        this.createdAt = Instant.now();
    }

    public InstrumentDetails details() {
        return new InstrumentDetails(symbol, name, assetType, sector, industry, sizeBucket);
    }

    public Long getId() {
        return id;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    public String getPriceBasis() {
        return priceBasis;
    }

}
