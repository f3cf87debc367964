package com.rotationrisk.security;

final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 72; // bcrypt ignores bytes beyond 72

    private PasswordPolicy() {
    }

    static void check(String field, String password) {
        if (password == null || password.isBlank()) {
            throw new InvalidUserInputException(field, "Enter a password.");
        }
        if (password.length() < MIN_LENGTH) {
            throw new InvalidUserInputException(field,
                    "The password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidUserInputException(field,
                    "The password must be at most " + MAX_LENGTH + " characters long.");
        }
    }
}
