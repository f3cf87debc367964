package com.rotationrisk.book;

import com.rotationrisk.portfolio.BookScenarioEntry;
import java.util.List;

/** One scenario across a book, the largest loss first ({@link BookDashboard#rankByLoss}). */
public record RankedScenario(long scenarioId, String scenarioName, int scenarioVersion,
                             List<BookScenarioEntry> ranked) {

    public RankedScenario {
        ranked = List.copyOf(ranked);
    }
}
