package com.rotationrisk.portfolio.importing;

/** Where a holdings file came from; detected from its header (or the entry point, for pastes). */
public enum HoldingsFileFormat {
    /** Any CSV with a ticker and a quantity column (cost per share optional). */
    GENERIC,
    /** Tab-separated text pasted from a spreadsheet, with or without a header row. */
    PASTED,
    /** Fidelity "Portfolio Positions" CSV export. */
    FIDELITY,
    /** Charles Schwab "Positions" CSV export. */
    SCHWAB
}
