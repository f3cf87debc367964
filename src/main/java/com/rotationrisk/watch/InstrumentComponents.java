package com.rotationrisk.watch;

import com.rotationrisk.risk.engine.Dimension;
import java.time.LocalDate;
import java.util.Map;

/** An instrument's crowding and reversal components at a date, by component key: what explains a score's move. */
interface InstrumentComponents {

    record Points(String label, Double points) {
    }

    /** Empty when nothing was kept for that instrument and date. */
    Map<String, Points> of(LocalDate asOf, String ticker, Dimension dim);

    InstrumentComponents NONE = (asOf, ticker, dim) -> Map.of();
}
