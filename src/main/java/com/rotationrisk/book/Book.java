package com.rotationrisk.book;

import java.time.LocalDate;
import java.util.List;

/** A person's book as the dashboard shows it: the rows, the triage counts, and whether it is the firm view. */
public record Book(List<BookRow> rows, List<TriageCount> triage, LocalDate today, boolean firmView) {

    public Book {
        rows = List.copyOf(rows);
        triage = List.copyOf(triage);
    }
}
