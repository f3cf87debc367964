package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.ShockTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class StoredShock {

    @Enumerated(EnumType.STRING)
    private ShockTarget target;

    @Column(name = "shock_key")
    private String key;

    private double pct;

    protected StoredShock() {
    }

    StoredShock(ShockTarget target, String key, double pct) {
        this.target = target;
        this.key = key;
        this.pct = pct;
    }

    ShockTarget target() {
        return target;
    }

    String key() {
        return key;
    }

    double pct() {
        return pct;
    }
}
