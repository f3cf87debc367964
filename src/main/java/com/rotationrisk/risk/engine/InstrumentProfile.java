package com.rotationrisk.risk.engine;

/** Static description of an instrument. Sector and industry use GICS-style names (see METHODOLOGY.md). */
public record InstrumentProfile(String symbol, String name, AssetType type, String sector, String industry,
        SizeBucket size) {

    public static InstrumentProfile cash(String symbol) {
        return new InstrumentProfile(symbol, "Cash", AssetType.CASH, "Cash", "Cash", null);
    }
}
