package com.rotationrisk.marketdata;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a run of an instrument's stored bars came from: the source ("bundled: IBM.csv", an import's
 * file name, a provider's name), when it was read or fetched, and the dates it covers.
 */
public record BarSource(String source, Instant fetchedAt, int bars, LocalDate firstDate, LocalDate lastDate) {
}
