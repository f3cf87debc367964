package com.rotationrisk.risk.engine.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A named, dated, versioned set of shocks. Position impact (%) = most specific direct shock + beta_market x
 * marketShockPct + beta_spread x spread shock, where the spread shock is {@code -max(0, spread YTD)} when
 * {@code spreadGivesBackYtd} and {@code spreadShockPct} otherwise. Analog dates are null when there is no analog.
 */
public record Scenario(String id, String name, int version, String description, LocalDate analogStart,
        LocalDate analogEnd, List<Shock> directShocks, double marketShockPct, double spreadShockPct,
        boolean spreadGivesBackYtd, boolean policyScenario) {

    public Scenario {
        directShocks = List.copyOf(directShocks);
    }
}
