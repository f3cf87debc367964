package com.rotationrisk.marketdata;

import com.rotationrisk.marketdata.importing.PriceFilePreview;

/**
 * A parsed price file before anything is written: the valid bars, every rejected row, and what
 * the import would do to the store for the symbol it is meant for.
 */
public record ImportPreview(PriceFilePreview file, String symbol, InstrumentDetails existingInstrument,
                            int barsAlreadyStored) {

    public boolean isNewInstrument() {
        return existingInstrument == null;
    }
}
