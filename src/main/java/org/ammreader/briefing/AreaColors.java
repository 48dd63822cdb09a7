package org.ammreader.briefing;

import org.ammreader.color.Wcag;

/**
 * Turns a model's area colour into an area mark's: the colour itself, and an outline when the colour is too
 * pale to stand out on white paper ({@link Wcag#GRAPHICS_CONTRAST}). Model colours are chosen for bars on a screen
 * and may be as pale as a sky blue.
 */
final class AreaColors {

    private static final int FALLBACK = 0x555555;
    private static final int PAPER = 0xffffff;

    private AreaColors() {
    }

    /** The colour written #RRGGBB, or a neutral grey when the model's value is not one. */
    static int parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return FALLBACK;
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** Whether a mark of this colour needs an outline to be seen on the paper. */
    static boolean tooPale(int rgb) {
        return contrast(rgb, PAPER) < Wcag.GRAPHICS_CONTRAST;
    }

    /** The colour darkened (mixed with black) just enough to reach the minimum contrast on the paper. */
    static int outline(int rgb) {
        int color = rgb;
        for (int step = 1; tooPale(color) && step <= 20; step++) {
            color = mix(rgb, 0x000000, step / 20.0);
        }
        return color;
    }

    static double contrast(int a, int b) {
        return Wcag.ratio(Wcag.luminance(a), Wcag.luminance(b));
    }

    private static int mix(int rgb, int with, double amount) {
        int r = (int) Math.round(((rgb >> 16) & 0xff) * (1 - amount) + ((with >> 16) & 0xff) * amount);
        int g = (int) Math.round(((rgb >> 8) & 0xff) * (1 - amount) + ((with >> 8) & 0xff) * amount);
        int b = (int) Math.round((rgb & 0xff) * (1 - amount) + (with & 0xff) * amount);
        return (r << 16) | (g << 8) | b;
    }
}
