package com.rotationrisk.marketdata;

import java.time.LocalDate;

/** An instrument with the extent of its stored history, for the universe list. */
public record InstrumentSummary(InstrumentDetails details, LocalDate firstDate, LocalDate lastDate, int barCount,
                                double lastClose, boolean fullBars, String source, String priceBasis) {

    public String symbol() {
        return details.symbol();
    }

    public boolean hasData() {
        return barCount > 0;
    }
}
