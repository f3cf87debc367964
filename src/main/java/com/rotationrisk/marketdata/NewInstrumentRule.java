package com.rotationrisk.marketdata;

/**
 * What a new instrument must say before it enters the universe: a name, a type, and for stocks and
 * ETFs the sector and size bucket that concentration and scenario matching need. The one home of
 * this rule for imports, fetches and the "add to universe" form.
 */
final class NewInstrumentRule {

    static final int MAX_NAME = 200;
    static final int MAX_CLASSIFICATION = 100;

    private NewInstrumentRule() {
    }

    static InstrumentDetails require(String symbol, InstrumentDetails details) {
        if (details == null || details.name() == null || details.name().isBlank()) {
            throw new InvalidImportException("name", symbol + " is new: enter its name.");
        }
        if (details.assetType() == null) {
            throw new InvalidImportException("assetType", "Choose what kind of instrument " + symbol + " is.");
        }
        boolean needsClassification = details.assetType() == AssetType.STOCK || details.assetType() == AssetType.ETF;
        if (needsClassification && (details.sector() == null || details.sector().isBlank())) {
            throw new InvalidImportException("sector", "Enter the sector of " + symbol + ".");
        }
        if (needsClassification && details.sizeBucket() == null) {
            throw new InvalidImportException("sizeBucket", "Choose the size bucket of " + symbol + ".");
        }
        if (details.name().length() > MAX_NAME) {
            throw new InvalidImportException("name", "The name must be at most " + MAX_NAME + " characters long.");
        }
        if (tooLong(details.sector())) {
            throw new InvalidImportException("sector", "The sector must be at most " + MAX_CLASSIFICATION
                    + " characters long.");
        }
        if (tooLong(details.industry())) {
            throw new InvalidImportException("industry", "The industry must be at most " + MAX_CLASSIFICATION
                    + " characters long.");
        }
        return new InstrumentDetails(symbol, details.name().trim(), details.assetType(), trimToNull(details.sector()),
                trimToNull(details.industry()), details.sizeBucket());
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_CLASSIFICATION;
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
