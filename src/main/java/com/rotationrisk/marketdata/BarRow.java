package com.rotationrisk.marketdata;

import java.time.LocalDate;

/** One daily bar on its way into the store; open, high, low and volume may be unknown (null). */
public record BarRow(LocalDate date, Double open, Double high, Double low, double close, Long volume) {
}
