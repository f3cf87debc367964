package com.rotationrisk.marketdata.importing;

import java.util.List;

/** One non-blank CSV record with the physical line it starts on (1-based). */
record CsvRow(int lineNumber, List<String> cells) {
}
