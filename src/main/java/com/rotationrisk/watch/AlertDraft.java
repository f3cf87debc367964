package com.rotationrisk.watch;

/**
 * An alert a rule raised, before it is stored: what changed ({@code title}), the values before and after, and what
 * drove the change. {@code subject} tells two alerts of one rule apart (a dimension, a ticker).
 */
public record AlertDraft(AlertRule rule, String subject, String title, String before, String after, String drivers) {
}
