package org.ammreader.color;

/**
 * WCAG 2.x relative luminance and contrast ratio, the one implementation for the window, the PNG and the sheet.
 * The threshold policy: text must reach {@link #TEXT_CONTRAST} against what it is written on (AA for normal
 * text, 1.4.3); a mark that carries meaning without text (an area's swatch, a bar's outline) must reach
 * {@link #GRAPHICS_CONTRAST} against its background (non-text contrast, 1.4.11).
 *
 * <p>Pure arithmetic on sRGB channels, with no dependency: the timeline control, which may import nothing of the
 * application, and the briefing, which may not import JavaFX, both use it (docs/adr/0009).
 */
public final class Wcag {

    /** WCAG AA for normal-size text. */
    public static final double TEXT_CONTRAST = 4.5;
    /** WCAG AA for graphics and the parts of controls that must be seen. */
    public static final double GRAPHICS_CONTRAST = 3;

    private Wcag() {
    }

    /** The relative luminance of an sRGB colour whose channels are between 0 and 1. */
    public static double luminance(double red, double green, double blue) {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The relative luminance of a colour written 0xRRGGBB. */
    public static double luminance(int rgb) {
        return luminance(((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
    }

    /** The contrast ratio of two luminances, from 1 (none) to 21 (black on white). */
    public static double ratio(double luminance, double otherLuminance) {
        return (Math.max(luminance, otherLuminance) + 0.05) / (Math.min(luminance, otherLuminance) + 0.05);
    }

    /**
     * sRGB to linear light. The threshold is the sRGB standard's 0.04045; WCAG 2.x prints 0.03928, which gives the
     * same value for every 8-bit channel (none lies between the two).
     */
    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
