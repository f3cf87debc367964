package com.rotationrisk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Theme("rotation-risk")
public class RotationRiskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(RotationRiskApplication.class, args);
    }
}
