package com.rotationrisk.watch;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed in a portfolio between the scoring a person last looked at and the newest one: holdings, prices and
 * scores, each as a sentence. {@code since} is null on a first look (nothing to compare), and then the lists are empty.
 */
public record WhatChanged(LocalDate since, LocalDate now, List<String> holdings, List<String> prices,
                          List<String> scores) {

    public boolean nothing() {
        return holdings.isEmpty() && prices.isEmpty() && scores.isEmpty();
    }
}
