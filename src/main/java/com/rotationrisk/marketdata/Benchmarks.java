package com.rotationrisk.marketdata;

/**
 * A rotation spread: {@code smallCapSymbol} is the leg the crowd rotates into (small caps, or
 * technology in the bundled history), {@code largeCapSymbol} the market leg, also the benchmark for
 * relative strength and betas. Either may be null when not available.
 */
public record Benchmarks(String name, String largeCapSymbol, String smallCapSymbol) {

    /** "Nasdaq-100 minus S&P 500 (technology rotation): NDX − GSPC", for the analysis header and reports. */
    public String describe() {
        return name + ": " + (smallCapSymbol == null ? "?" : smallCapSymbol) + " − "
                + (largeCapSymbol == null ? "?" : largeCapSymbol);
    }

    public boolean hasRotationSpread() {
        return largeCapSymbol != null && smallCapSymbol != null;
    }
}
