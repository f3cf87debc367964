package com.rotationrisk.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneAndAColourOnItselfIsOne() {
        assertEquals(21, Contrast.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(21, Contrast.ratio(Color.WHITE, Color.BLACK), 1e-9);
        assertEquals(1, Contrast.ratio(new Color(0x214B82), new Color(0x214B82)), 1e-9);
    }

    /** #767676 is the lightest grey that passes AA on white, #777777 the darkest that fails. */
    @Test
    void theAaBoundaryOnWhite() {
        assertEquals(4.54, Contrast.ratio(new Color(0x767676), Color.WHITE), 0.005);
        assertTrue(Contrast.meetsAa(new Color(0x767676), Color.WHITE));
        assertFalse(Contrast.meetsAa(new Color(0x777777), Color.WHITE));
    }

    @Test
    void formatRoundsDown() {
        assertEquals("4.47:1", Contrast.format(4.4781));
        assertEquals("21.00:1", Contrast.format(21));
    }
}
