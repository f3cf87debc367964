package com.rotationrisk.marketdata.provider;

import java.time.LocalDate;

/**
 * One daily bar exactly as the provider gave it: not checked for plausibility (a later data-quality
 * step does that). Values the provider left out are {@code null}; {@code close} is always present.
 */
public record ProviderBar(LocalDate date, Double open, Double high, Double low, Double close, Long volume) {
}
