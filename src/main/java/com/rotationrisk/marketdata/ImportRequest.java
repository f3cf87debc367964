package com.rotationrisk.marketdata;

import com.rotationrisk.marketdata.importing.PriceFilePreview;

/**
 * The confirmed import. {@code newInstrument} describes the symbol when it is not in the universe
 * yet (name, type, sector, industry and size bucket); it is ignored for known symbols.
 */
public record ImportRequest(String symbol, PriceFilePreview file, String sourceName, boolean skipRejectedRows,
                            InstrumentDetails newInstrument) {
}
