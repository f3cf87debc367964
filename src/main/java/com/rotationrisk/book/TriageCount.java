package com.rotationrisk.book;

/** A count at the top of the dashboard ("3 clients with severe policy-shock exposure") and the filter it applies. */
public record TriageCount(String key, long count, String text, BookFilter filter) {
}
