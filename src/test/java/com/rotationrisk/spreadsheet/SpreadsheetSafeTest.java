package com.rotationrisk.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void aCellThatWouldRunAsAFormulaGetsALeadingQuote(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
    }

    @Test
    void everyFormulaStartIsCovered() {
        assertThat(SpreadsheetSafe.FORMULA_STARTS).isEqualTo("=+-@\t\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Team A = Team B", "10.1.0.1", "'quoted", " =leading space", "\n=1", "1-2"})
    void otherTextIsLeftAsItIs(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
    }

    @Test
    void emptyAndNullStayAsTheyAre() {
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }
}
