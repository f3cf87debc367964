package com.rotationrisk.portfolio;

import java.time.LocalDate;

/** The first and last date on which some holding of a portfolio has a price: the dates it can be analysed at. */
public record PriceCoverage(LocalDate first, LocalDate last) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
