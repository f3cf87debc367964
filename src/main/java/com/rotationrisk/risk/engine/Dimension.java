package com.rotationrisk.risk.engine;

/** The three scored dimensions. */
public enum Dimension {
    MOMENTUM_CROWDING("Momentum crowding"), REVERSAL_RISK("Reversal risk"), POLICY_SHOCK_EXPOSURE("Policy-shock exposure");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
