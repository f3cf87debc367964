package com.rotationrisk.marketdata.importing;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Resolved column positions (-1 = absent) and date format for one file. */
record Layout(PriceFileFormat format, List<String> headers, String datePattern, DateTimeFormatter dateFormat,
              int date, int open, int high, int low, int close, int adjClose, int volume,
              int ticker, int period) {

    static final int ABSENT = -1;

    String label(int column) {
        return headers.get(column);
    }

    boolean has(int column) {
        return column != ABSENT;
    }
}
