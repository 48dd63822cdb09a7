package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javafx.scene.paint.Color;
import org.ammreader.color.Wcag;
import org.junit.jupiter.api.Test;

class ContrastTest {

    private static final Color DARK = TimelineStyle.DEFAULT_TEXT;

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertEquals(21, Contrast.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1, Contrast.ratio(Color.GREY, Color.GREY), 1e-9);
    }

    @Test
    void picksWhiteOnDarkBarsAndDarkOnLightOnes() {
        assertEquals(Color.WHITE, Contrast.textOn(Color.web("#1f77b4"), DARK, Color.WHITE));
        assertEquals(Color.WHITE, Contrast.textOn(Color.web("#d62728"), DARK, Color.WHITE));
        assertEquals(DARK, Contrast.textOn(Color.web("#ff7f0e"), DARK, Color.WHITE));
        assertEquals(DARK, Contrast.textOn(Color.web("#f2f2f2"), DARK, Color.WHITE));
    }

    @Test
    void everyOpaqueColourGetsTextThatPassesAa() {
        Random random = new Random(3);
        for (int k = 0; k < 20_000; k++) {
            Color fill = Color.rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            Color text = Contrast.textOn(fill, DARK, Color.WHITE);
            assertTrue(Contrast.ratio(fill, text) >= Wcag.TEXT_CONTRAST, fill + " with " + text);
        }
    }

    @Test
    void aTintIsTheColourLaidOverTheBackground() {
        Color tint = Contrast.tint(Color.web("#ff0000"), Color.WHITE, 0.25);

        assertEquals(1.0, tint.getRed(), 1e-9);
        assertEquals(0.75, tint.getGreen(), 1e-9);
        assertEquals(1.0, tint.getOpacity(), 1e-9);
    }
}
