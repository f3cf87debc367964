package com.rotationrisk.risk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java: fast, unit-testable and benchmarkable without a container. */
class EngineIsPlainJavaTest {

    @Test
    void theRiskEngineUsesNoSpringVaadinOrPersistence() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.rotationrisk.risk.engine");
        noClasses().that().haveSimpleNameNotEndingWith("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..", "com.rotationrisk.marketdata..", "com.rotationrisk.portfolio..",
                        "com.rotationrisk.security..")
                .check(engine);
    }
}
