package com.rotationrisk.risk;

/** A scenario edit that cannot be stored; {@link #field()} names the input to fix. */
public class InvalidScenarioException extends IllegalArgumentException {

    private final String field;

    public InvalidScenarioException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
