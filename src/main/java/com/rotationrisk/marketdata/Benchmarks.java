package com.rotationrisk.marketdata;

/** Symbols of the large-cap and small-cap benchmarks; either may be null when not available. */
public record Benchmarks(String name, String largeCapSymbol, String smallCapSymbol) {

    public boolean hasRotationSpread() {
        return largeCapSymbol != null && smallCapSymbol != null;
    }
}
