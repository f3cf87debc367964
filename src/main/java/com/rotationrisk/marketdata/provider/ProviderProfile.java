package com.rotationrisk.marketdata.provider;

/**
 * What a provider says about an instrument, in its own words (e.g. Alpha Vantage's asset type
 * "Common Stock", sector "TECHNOLOGY"). Any field may be {@code null} when the provider has no value.
 *
 * @param marketCapitalization in the instrument's currency, as the provider reports it
 */
public record ProviderProfile(String symbol, String name, String assetType, String sector, String industry,
                              Double marketCapitalization) {
}
