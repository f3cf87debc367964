package com.rotationrisk.watch;

/** How a person wants alerts by e-mail, besides the inbox. */
public enum DeliveryMode {
    NONE("In the app only"), EACH("E-mail after each re-scoring that raised alerts"), DIGEST("One e-mail a day");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
