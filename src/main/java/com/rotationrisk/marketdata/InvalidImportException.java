package com.rotationrisk.marketdata;

/** An import that cannot be written as asked; {@link #field()} names the input to fix. */
public class InvalidImportException extends IllegalArgumentException {

    private final String field;

    public InvalidImportException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
