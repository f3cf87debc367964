package com.rotationrisk.audit;

import java.time.LocalDate;

/**
 * What to look for in the trail; every part is optional ({@code null} matches all). {@code username} is the actor's
 * username as recorded (case and surrounding spaces do not matter); {@code from} and {@code to} are inclusive days
 * in the firm's zone ({@link AuditService#zone()}).
 */
public record AuditFilter(String username, Long portfolioId, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        username = username == null || username.isBlank() ? null : username.trim();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period must end on or after its first day.");
        }
    }

    /** The filter in words, for the record of an export. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (username != null) {
            text.append("user ").append(username).append(", ");
        }
        if (portfolioId != null) {
            text.append("portfolio ").append(portfolioId).append(", ");
        }
        if (action != null) {
            text.append("action ").append(action.label()).append(", ");
        }
        if (from != null || to != null) {
            text.append("from ").append(from == null ? "the start" : from)
                    .append(" to ").append(to == null ? "today" : to).append(", ");
        }
        return text.isEmpty() ? "everything" : text.substring(0, text.length() - 2);
    }
}
