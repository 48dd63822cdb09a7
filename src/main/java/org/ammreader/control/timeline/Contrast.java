package org.ammreader.control.timeline;

import javafx.scene.paint.Color;

/** WCAG 2.x relative luminance and contrast, to pick a readable text colour for any bar colour. */
final class Contrast {

    /** WCAG AA for normal-size text. */
    static final double AA = 4.5;

    private Contrast() {
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The one of {@code dark} and {@code light} that contrasts more with {@code fill}; if even that one
     * misses AA, pure black or white (one of which always reaches 4.58:1 against an opaque colour).
     */
    static Color textOn(Color fill, Color dark, Color light) {
        Color best = ratio(fill, dark) >= ratio(fill, light) ? dark : light;
        if (ratio(fill, best) >= AA) {
            return best;
        }
        return ratio(fill, Color.BLACK) >= ratio(fill, Color.WHITE) ? Color.BLACK : Color.WHITE;
    }

    /** {@code color} laid over {@code background} at {@code amount} opacity, as an opaque colour. */
    static Color tint(Color color, Color background, double amount) {
        return background.interpolate(Color.color(color.getRed(), color.getGreen(), color.getBlue()), amount);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
