package com.rotationrisk.marketdata;


/** What describes an instrument in the universe; sector, industry and size are null for indices and cash. */
public record InstrumentDetails(String symbol, String name, AssetType assetType, String sector, String industry,
                                SizeBucket sizeBucket) {

    /** The canonical spelling ({@link Ticker#canonical}). */
    public static String normalizeSymbol(String raw) {
        return Ticker.canonical(raw);
    }
}
