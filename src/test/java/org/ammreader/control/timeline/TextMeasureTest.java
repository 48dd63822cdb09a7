package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

    /** Every character 10 px wide. */
    private final TextMeasure tenPixels = text -> text.length() * 10.0;

    @Test
    void aLabelThatFitsStaysOnOneLine() {
        assertEquals(List.of("ASEAN meetings"), tenPixels.lines("ASEAN meetings", 140));
    }

    @Test
    void aLongerLabelBreaksAtTheLastSpaceThatFits() {
        assertEquals(List.of("ASEAN and partners", "(PMC+1)"), tenPixels.lines("ASEAN and partners (PMC+1)", 180));
    }

    @Test
    void aLabelTakesAsManyLinesAsItNeedsAndLosesNothing() {
        assertEquals(List.of("Side events", "and", "bilaterals"), tenPixels.lines("Side events and bilaterals", 110));
        assertEquals(List.of("Mekong", "sub-regional", "meetings"), tenPixels.lines("Mekong sub-regional meetings", 130));
    }

    @Test
    void onlyASingleWordWiderThanTheLineIsShortened() {
        assertEquals(List.of("Sous-r\u00e9gi\u2026", "du M\u00e9kong"), tenPixels.lines("Sous-r\u00e9gion du M\u00e9kong", 100));
    }
}
