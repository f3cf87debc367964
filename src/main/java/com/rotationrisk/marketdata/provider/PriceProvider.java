package com.rotationrisk.marketdata.provider;

/**
 * A source of daily price history online. Whatever it returns goes through the same preview and
 * confirmation as an uploaded file; the app works fully without any provider.
 */
public interface PriceProvider {

    String name();

    /** The raw CSV content of the symbol's daily history, in a layout the price file parser knows. */
    byte[] fetchDailyCsv(String symbol) throws PriceProviderException;
}
