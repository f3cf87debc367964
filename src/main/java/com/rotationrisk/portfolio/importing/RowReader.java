package com.rotationrisk.portfolio.importing;

/** Turns one data row of a given layout into a holding, a rejection or a skip. */
interface RowReader {

    RowOutcome read(Row row);
}
