package com.rotationrisk.portfolio;

import java.util.List;

/** A scenario run across a book: the scenario's name and version and one entry per portfolio, in book order. */
public record BookScenario(long scenarioId, String scenarioName, int scenarioVersion, List<BookScenarioEntry> entries) {

    public BookScenario {
        entries = List.copyOf(entries);
    }
}
