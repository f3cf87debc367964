package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import com.rotationrisk.risk.engine.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the built-in scenarios of the versioned file into the database on start: a scenario that
 * is missing is added, and a newer file version of a built-in replaces its content (users' copies
 * are untouched).
 */
@Component
@Order(2)
class BuiltInScenarioLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInScenarioLoader.class);

    private final StoredScenarioRepository scenarios;

    BuiltInScenarioLoader(StoredScenarioRepository scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Scenario scenario : BuiltInScenarios.all()) {
            StoredScenario stored = scenarios.findByCode(scenario.id()).orElse(null);
            if (stored == null) {
                scenarios.save(StoredScenario.builtIn(scenario));
                added++;
            } else if (stored.isBuiltIn() && stored.getVersion() < scenario.version()) {
                scenarios.delete(stored);
                scenarios.flush();
                scenarios.save(StoredScenario.builtIn(scenario));
                added++;
            }
        }
        if (added > 0) {
            log.info("Loaded {} built-in scenarios from {}", added, BuiltInScenarios.RESOURCE);
        }
    }
}
