package com.rotationrisk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lumo with its utility classes (badges), then our own stylesheet (src/main/resources/META-INF/resources). */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class RotationRiskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(RotationRiskApplication.class, args);
    }
}
