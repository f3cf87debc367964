package com.rotationrisk.marketdata;

import java.time.Instant;
import java.time.LocalDate;

public record PriceImportRecord(String symbol, String importedBy, Instant importedAt, String sourceName,
                                String format, int barsWritten, LocalDate firstDate, LocalDate lastDate) {
}
