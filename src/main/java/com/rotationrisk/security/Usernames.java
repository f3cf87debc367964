package com.rotationrisk.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are compared case-insensitively, so they are stored trimmed and in lower case. */
final class Usernames {

    static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private Usernames() {
    }

    static String normalize(String raw) {
        return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    }
}
