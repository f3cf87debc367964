package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.Scenario;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenarios a portfolio is stressed under: the firm default set plus the published scenarios added to that
 * portfolio. It is a property of the portfolio, the same for every viewer, and holds published scenarios only, so
 * everything computed from it (screen, client documents) uses published scenarios only.
 *
 * @param firmDefault the firm default set: every published built-in and every published scenario an ADMIN marked
 * @param added       published scenarios the portfolio's owner or an editor added, in the order they were added
 */
public record ScenarioSet(List<Member> firmDefault, List<Member> added) {

    /** How many added names {@link #name()} spells out before it says "and n more". */
    static final int NAMED = 3;

    public ScenarioSet {
        firmDefault = List.copyOf(firmDefault);
        added = List.copyOf(added);
    }

    /** One published scenario of the set, as stored (id for adding and removing) and as the engine uses it. */
    public record Member(long id, Scenario scenario) {

        public String name() {
            return scenario.name();
        }
    }

    /** Every scenario of the set, firm defaults first: what the engine is given. */
    public List<Scenario> scenarios() {
        return Stream.concat(firmDefault.stream(), added.stream()).map(Member::scenario).toList();
    }

    /**
     * The set's name for headers and documents, e.g. "Firm default set + 2 added (Rate shock 2026, Energy squeeze)";
     * just "Firm default set" when nothing was added.
     */
    public String name() {
        if (added.isEmpty()) {
            return "Firm default set";
        }
        List<String> names = added.stream().limit(NAMED).map(Member::name).toList();
        String more = added.size() > NAMED ? " and " + (added.size() - NAMED) + " more" : "";
        return "Firm default set + " + added.size() + " added (" + String.join(", ", names) + more + ")";
    }
}
