package com.rotationrisk.marketdata;

import java.util.Optional;

/**
 * What a new instrument must say before it enters the universe: a name, a type, the size bucket of a
 * stock or ETF, and the sector of a stock, which concentration and scenario matching need (a broad ETF
 * has no single sector and counts as unclassified). Sector and industry are GICS names ({@link Gics}),
 * stored in their GICS spelling, and the industry must belong to the sector. The one home of this rule
 * for imports, fetches and the "add to universe" form.
 */
final class NewInstrumentRule {

    static final int MAX_NAME = 200;

    private NewInstrumentRule() {
    }

    static InstrumentDetails require(String symbol, InstrumentDetails details) {
        if (details == null || details.name() == null || details.name().isBlank()) {
            throw new InvalidImportException("name", symbol + " is new: enter its name.");
        }
        if (details.assetType() == null) {
            throw new InvalidImportException("assetType", "Choose what kind of instrument " + symbol + " is.");
        }
        boolean needsSize = details.assetType() == AssetType.STOCK || details.assetType() == AssetType.ETF;
        if (details.assetType() == AssetType.STOCK && blank(details.sector())) {
            throw new InvalidImportException("sector", "Choose the GICS sector of " + symbol + ".");
        }
        if (needsSize && details.sizeBucket() == null) {
            throw new InvalidImportException("sizeBucket", "Choose the size bucket of " + symbol + ".");
        }
        if (details.name().length() > MAX_NAME) {
            throw new InvalidImportException("name", "The name must be at most " + MAX_NAME + " characters long.");
        }
        String sector = blank(details.sector()) ? null : Gics.sector(details.sector()).orElseThrow(() ->
                new InvalidImportException("sector", quoted(details.sector()) + " is not a GICS sector. Choose one of "
                        + "the " + Gics.sectors().size() + " sectors from the list."));
        Optional<Gics.Industry> industry = blank(details.industry()) ? Optional.empty()
                : Optional.of(Gics.industry(details.industry()).orElseThrow(() -> new InvalidImportException(
                        "industry", quoted(details.industry()) + " is not a GICS industry or sub-industry. Choose one "
                        + "from the list.")));
        if (industry.isPresent() && !industry.get().sector().equals(sector)) {
            throw new InvalidImportException("industry", industry.get().name() + " belongs to the sector "
                    + industry.get().sector() + (sector == null ? "" : ", not " + sector)
                    + ": choose a sector and an industry that match.");
        }
        return new InstrumentDetails(symbol, details.name().trim(), details.assetType(), sector,
                industry.map(Gics.Industry::name).orElse(null), details.sizeBucket());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String quoted(String text) {
        String t = text.strip();
        return "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"";
    }
}
