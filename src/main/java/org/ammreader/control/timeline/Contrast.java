package org.ammreader.control.timeline;

import javafx.scene.paint.Color;
import org.ammreader.color.Wcag;

/** Readable text on any bar colour, by the WCAG contrast of {@link Wcag}, for JavaFX colours. */
final class Contrast {

    private Contrast() {
    }

    static double ratio(Color a, Color b) {
        return Wcag.ratio(luminance(a), luminance(b));
    }

    private static double luminance(Color c) {
        return Wcag.luminance(c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * The one of {@code dark} and {@code light} that contrasts more with {@code fill}; if even that one
     * misses AA, pure black or white (one of which always reaches 4.58:1 against an opaque colour).
     */
    static Color textOn(Color fill, Color dark, Color light) {
        Color best = ratio(fill, dark) >= ratio(fill, light) ? dark : light;
        if (ratio(fill, best) >= Wcag.TEXT_CONTRAST) {
            return best;
        }
        return ratio(fill, Color.BLACK) >= ratio(fill, Color.WHITE) ? Color.BLACK : Color.WHITE;
    }

    /** {@code color} laid over {@code background} at {@code amount} opacity, as an opaque colour. */
    static Color tint(Color color, Color background, double amount) {
        return background.interpolate(Color.color(color.getRed(), color.getGreen(), color.getBlue()), amount);
    }
}
