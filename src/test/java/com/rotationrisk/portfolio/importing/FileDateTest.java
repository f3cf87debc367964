package com.rotationrisk.portfolio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileDateTest {

    @Test
    void schwabTitleAndFidelityFooterDatesAreRead() {
        assertThat(FileDate.find(new TextSource(
                "\"Positions for account Individual ...123 as of 04:00 PM ET, 01/09/2026\"\n\"Symbol\",\"Quantity\"\n")))
                .contains(LocalDate.of(2026, 1, 9));
        assertThat(FileDate.find(new TextSource("Account Number,Symbol\nX,AAPL\n\n"
                + "\"Date downloaded Jan-09-2026 4:07 p.m ET\"\n")))
                .contains(LocalDate.of(2026, 1, 9));
        assertThat(FileDate.find(new TextSource("Positions as of 2026-01-09\n"))).contains(LocalDate.of(2026, 1, 9));
    }

    @Test
    void aDateOutsideTheKnownPhrasesOrAnImpossibleDateIsNotTaken() {
        assertThat(FileDate.find(new TextSource("Symbol,Trade date\nAAPL,01/09/2026\n"))).isEmpty();
        assertThat(FileDate.find(new TextSource("as of 13/45/2026\n"))).isEmpty();
    }
}
