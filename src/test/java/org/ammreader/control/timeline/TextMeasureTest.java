package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

    /** Every character 10 px wide. */
    private final TextMeasure tenPixels = text -> text.length() * 10.0;

    @Test
    void aLabelThatFitsStaysOnOneLine() {
        assertEquals(List.of("ASEAN meetings"), tenPixels.twoLines("ASEAN meetings", 140));
    }

    @Test
    void aLongerLabelBreaksAtTheLastSpaceThatFits() {
        assertEquals(List.of("ASEAN and partners", "(PMC+1)"), tenPixels.twoLines("ASEAN and partners (PMC+1)", 180));
    }

    @Test
    void theSecondLineIsShortenedWhenEvenTwoLinesAreNotEnough() {
        assertEquals(List.of("Side events", "and bilate\u2026"), tenPixels.twoLines("Side events and bilaterals", 110));
    }

    @Test
    void aFirstWordTooLongIsShortenedAlone() {
        assertEquals(List.of("Sous-r\u00e9gi\u2026"), tenPixels.twoLines("Sous-r\u00e9gion du M\u00e9kong", 100));
    }
}
