package com.rotationrisk.security;

/** Bad input to user administration, tied to the field it came from so the UI can show it there. */
public class InvalidUserInputException extends IllegalArgumentException {

    private final String field;

    public InvalidUserInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
