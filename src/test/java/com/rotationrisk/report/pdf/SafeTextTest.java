package com.rotationrisk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    final ReportFonts fonts = ReportFonts.forDocument(new byte[] {1});

    @Test
    void oneLineFlattensBreaksAndDropsControls() {
        assertEquals("a b c", SafeText.line(" a\nb\r\n\tc\u0000\u200B ", fonts, 100));
    }

    @Test
    void multilineKeepsParagraphs() {
        assertEquals("a\nb\n\nc", SafeText.multiline("a\r\nb\n\n\n\n\nc\u0007", fonts, 100));
    }

    @Test
    void glyphsTheFontLacksBecomeQuestionMarks() {
        assertEquals("rocket ?", SafeText.line("rocket \uD83D\uDE80", fonts, 100));
    }

    @Test
    void lengthIsCapped() {
        String s = SafeText.line("y".repeat(500), fonts, 300);
        assertEquals(300, s.length());
        assertTrue(s.endsWith("\u2026"));
    }

    @Test
    void fitCutsToWidthWithEllipsis() {
        String s = SafeText.fit("W".repeat(200), fonts.regular(), 9, 100);
        assertTrue(s.endsWith("\u2026"));
        assertTrue(fonts.regular().getWidthPoint(s, 9) <= 100);
        assertEquals("short", SafeText.fit("short", fonts.regular(), 9, 100));
    }
}
