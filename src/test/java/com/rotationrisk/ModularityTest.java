package com.rotationrisk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featurePackagesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules modules = ApplicationModules.of(RotationRiskApplication.class);
        modules.verify();
    }
}
