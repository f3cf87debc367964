package com.rotationrisk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "rotationrisk.demo-data")
public record DemoDataSettings(boolean enabled) {
}
