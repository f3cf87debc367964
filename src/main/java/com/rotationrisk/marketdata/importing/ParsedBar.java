package com.rotationrisk.marketdata.importing;

import java.time.LocalDate;

/**
 * One valid daily bar. {@code close} is the raw (not dividend-adjusted) close;
 * {@code adjClose} is only filled for Yahoo files. Optional values are {@code null} when the
 * file has no such column (or, for volume and adj close, an empty cell).
 */
public record ParsedBar(int lineNumber, LocalDate date, Double open, Double high, Double low,
                        double close, Double adjClose, Long volume) {
}
