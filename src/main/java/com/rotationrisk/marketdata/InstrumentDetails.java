package com.rotationrisk.marketdata;

import java.util.Locale;

/** What describes an instrument in the universe; sector, industry and size are null for indices and cash. */
public record InstrumentDetails(String symbol, String name, AssetType assetType, String sector, String industry,
                                SizeBucket sizeBucket) {

    public static String normalizeSymbol(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
    }
}
