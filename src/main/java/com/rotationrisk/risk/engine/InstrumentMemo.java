package com.rotationrisk.risk.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Instrument analyses shared by the assessments of many portfolios at one as-of date against one market. An
 * instrument's analysis ({@link InstrumentAnalysis}) does not depend on the portfolio holding it, so scoring a whole
 * book analyses each instrument once instead of once per portfolio. Only valid for the same bars: build one per
 * batch. Thread-safe.
 */
public final class InstrumentMemo {

    private final LocalDate asOf;
    private final String spreadName;
    private final ConcurrentHashMap<String, InstrumentAnalysis> analyses = new ConcurrentHashMap<>();

    public InstrumentMemo(LocalDate asOf, String spreadName) {
        this.asOf = Objects.requireNonNull(asOf);
        this.spreadName = spreadName;
    }

    InstrumentAnalysis get(String ticker, LocalDate date, String spread, Supplier<InstrumentAnalysis> compute) {
        if (!asOf.equals(date) || !Objects.equals(spreadName, spread)) {
            return compute.get();
        }
        InstrumentAnalysis known = analyses.get(ticker);
        if (known != null) {
            return known;
        }
        InstrumentAnalysis fresh = compute.get();
        InstrumentAnalysis raced = analyses.putIfAbsent(ticker, fresh);
        return raced == null ? fresh : raced;
    }

    public int size() {
        return analyses.size();
    }
}
