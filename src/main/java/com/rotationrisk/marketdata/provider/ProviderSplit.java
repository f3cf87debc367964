package com.rotationrisk.marketdata.provider;

import java.time.LocalDate;

/**
 * A stock split the provider's response reported ({@code ratio} new shares per old share, e.g. 4.0
 * for 4-for-1). Only filled when the response carries split data; none of the current providers'
 * daily endpoints do.
 */
public record ProviderSplit(LocalDate date, double ratio) {
}
