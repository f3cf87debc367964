package com.rotationrisk.watch;

import java.util.Map;

/** Whether each rule is on and its threshold, for one portfolio: the firm's defaults with the owner's overrides. */
public record RuleSettings(Map<AlertRule, Setting> settings) {

    public record Setting(boolean enabled, double threshold, boolean overridden) {
    }

    public RuleSettings {
        settings = Map.copyOf(settings);
    }

    public boolean enabled(AlertRule rule) {
        Setting s = settings.get(rule);
        return s != null && s.enabled();
    }

    public double threshold(AlertRule rule) {
        return settings.get(rule).threshold();
    }

    public Setting of(AlertRule rule) {
        return settings.get(rule);
    }
}
