package com.rotationrisk.marketdata;

import java.time.LocalDate;

public record ImportResult(String symbol, boolean createdInstrument, int barsWritten, int barsReplaced,
                           int rowsSkipped, LocalDate firstDate, LocalDate lastDate) {
}
