package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelFitTest {

    /** Every character 7 px wide, the ellipsis included. */
    private static final TextMeasure MONO = text -> 7.0 * text.length();

    @Test
    void insideWhenItFits() {
        LabelFit.Placement place = LabelFit.place("ASEAN-EU", "ASEAN-EU", false, 60, 500, MONO);

        assertEquals(LabelFit.Where.INSIDE, place.where());
        assertEquals("ASEAN-EU", place.text());
    }

    @Test
    void besideWhenOnlyTheRowHasRoom() {
        LabelFit.Placement place = LabelFit.place("ASEAN-EU", "ASEAN-EU", true, 20, 8 * 7 + LabelFit.MARKER_WIDTH, MONO);

        assertEquals(LabelFit.Where.BESIDE, place.where());
        assertEquals("ASEAN-EU", place.text());
        assertTrue(place.marker());
    }

    @Test
    void truncatedIntoTheLargerRoomWhenNeitherFits() {
        LabelFit.Placement place = LabelFit.place("ASEAN Regional Forum", "ASEAN Regional Forum", false, 50, 30, MONO);

        assertEquals(LabelFit.Where.INSIDE, place.where());
        assertEquals("ASEAN" + TextMeasure.ELLIPSIS, place.text());
    }

    @Test
    void omittedRatherThanCutToOneOrTwoCharacters() {
        assertEquals(LabelFit.Placement.NOTHING, LabelFit.place("Regional Forum", "Regional Forum", false, 21, 0, MONO));
        LabelFit.Placement glyphOnly = LabelFit.place("Regional Forum", "Regional Forum", true, 20, 0, MONO);
        assertEquals("", glyphOnly.text());
        assertTrue(glyphOnly.marker());
    }

    @Test
    void theShortTitleWhenTheFullOneFitsNeitherInsideNorBeside() {
        String full = "ASEAN–United States Ministerial Meeting (PMC+1)";
        LabelFit.Placement inside = LabelFit.place(full, "ASEAN–US PMC", false, 100, 0, MONO);
        assertEquals(LabelFit.Where.INSIDE, inside.where());
        assertEquals("ASEAN–US PMC", inside.text());
        LabelFit.Placement beside = LabelFit.place(full, "ASEAN–US PMC", true, 10, 100, MONO);
        assertEquals(LabelFit.Where.BESIDE, beside.where());
        assertEquals("ASEAN–US PMC", beside.text());
    }

    @Test
    void theFullTitleBesideIsPreferredToTheShortOneInside() {
        LabelFit.Placement place = LabelFit.place("ASEAN Regional Forum", "ARF", false, 30, 200, MONO);
        assertEquals(LabelFit.Where.BESIDE, place.where());
        assertEquals("ASEAN Regional Forum", place.text());
    }

    @Test
    void theShortTitleIsTheOneShortenedWhenNothingFits() {
        LabelFit.Placement place = LabelFit.place("ASEAN–Canada Ministerial Meeting", "ASEAN–Canada PMC", false, 70, 0,
                MONO);
        assertEquals("ASEAN–Can" + TextMeasure.ELLIPSIS, place.text());
    }

    @Test
    void nothingWhenThereIsNoRoomAtAll() {
        assertEquals(LabelFit.Placement.NOTHING, LabelFit.place("EAS", "EAS", true, 4, -10, MONO));
    }

    @Test
    void whatIsPlacedAlwaysFitsItsRoom() {
        Random random = new Random(11);
        for (int k = 0; k < 10_000; k++) {
            String text = "x".repeat(random.nextInt(30));
            boolean marker = random.nextBoolean();
            double inside = random.nextDouble() * 200 - 20;
            double beside = random.nextDouble() * 200 - 20;

            LabelFit.Placement place = LabelFit.place(text, text, marker, inside, beside, MONO);

            double used = (place.marker() ? LabelFit.MARKER_WIDTH : 0) + MONO.width(place.text());
            switch (place.where()) {
                case INSIDE -> assertTrue(used <= inside, place + " in " + inside);
                case BESIDE -> assertTrue(used <= beside, place + " beside " + beside);
                case NONE -> assertFalse(place.marker());
            }
        }
    }
}
