package org.ammreader.briefing;

/**
 * Turns a model's area colour into an area mark's: the colour itself, and an outline when the colour is too
 * pale to stand out on white paper (WCAG asks 3:1 for graphics). Model colours are chosen for bars on a screen
 * and may be as pale as a sky blue.
 */
final class AreaColors {

    static final double MINIMUM_CONTRAST = 3;
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
        return contrast(rgb, PAPER) < MINIMUM_CONTRAST;
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
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int rgb, int with, double amount) {
        int r = (int) Math.round(((rgb >> 16) & 0xff) * (1 - amount) + ((with >> 16) & 0xff) * amount);
        int g = (int) Math.round(((rgb >> 8) & 0xff) * (1 - amount) + ((with >> 8) & 0xff) * amount);
        int b = (int) Math.round((rgb & 0xff) * (1 - amount) + (with & 0xff) * amount);
        return (r << 16) | (g << 8) | b;
    }
}
