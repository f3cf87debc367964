package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.Shock;
import java.time.LocalDate;
import java.util.List;

/** The editable content of a scenario; validated by {@link ScenarioService} before it is stored. */
public record ScenarioDraft(String name, String description, LocalDate analogStart, LocalDate analogEnd,
                            double marketShockPct, double spreadShockPct, boolean spreadGivesBackYtd,
                            boolean policyScenario, List<Shock> shocks) {

    public ScenarioDraft {
        shocks = shocks == null ? List.of() : List.copyOf(shocks);
    }

    static ScenarioDraft of(Scenario s) {
        return new ScenarioDraft(s.name(), s.description(), s.analogStart(), s.analogEnd(), s.marketShockPct(),
                s.spreadShockPct(), s.spreadGivesBackYtd(), s.policyScenario(), s.directShocks());
    }
}
