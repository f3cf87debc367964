package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickerTest {

    @Test
    void shareClassSpellingsAreOneInstrument() {
        assertThat(Ticker.canonical("BRK.B")).isEqualTo("BRK.B");
        assertThat(Ticker.canonical("brk-b")).isEqualTo("BRK.B");
        assertThat(Ticker.canonical(" BRK/B ")).isEqualTo("BRK.B");
        assertThat(Ticker.canonical("BRK B")).isEqualTo("BRK.B");
        assertThat(Ticker.canonical("BF-B")).isEqualTo("BF.B");
    }

    @Test
    void otherSuffixesAndIndicesAreLeftAlone() {
        assertThat(Ticker.canonical("sap.de")).isEqualTo("SAP.DE");
        assertThat(Ticker.canonical("^GSPC")).isEqualTo("^GSPC");
        assertThat(Ticker.canonical("SPAXX**")).isEqualTo("SPAXX");
        assertThat(Ticker.canonical(null)).isEmpty();
    }

    @Test
    void cashHasTwoSpellingsAndNoOthers() {
        assertThat(Ticker.isCash("CASH")).isTrue();
        assertThat(Ticker.isCash("USD")).isTrue();
        assertThat(Ticker.isCash("SPAXX")).isFalse();
    }

    @Test
    void syntaxProblemsAreNamed() {
        assertThat(Ticker.problem("AAPL")).isEmpty();
        assertThat(Ticker.problem("")).contains("enter a ticker");
        assertThat(Ticker.problem("A".repeat(21))).get().asString().contains("longer than 20 characters");
        assertThat(Ticker.problem("AB$C")).get().asString().contains("has invalid characters");
    }
}
