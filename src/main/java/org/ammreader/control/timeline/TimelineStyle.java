package org.ammreader.control.timeline;

import java.util.Objects;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The resolved look of the timeline as plain values, so the painter needs no CSS and no live control.
 * The control builds one from its styleable properties ({@link TimelineView#getTimelineStyle()}); an
 * exporter can take that one, or {@link #defaults()}.
 *
 * @param background      the drawing surface
 * @param surface         the lane label column and the top-left corner
 * @param dayBand         every other day (or month, or year) band
 * @param grid            day lines, lane separators, the header's bottom line
 * @param text            lane labels, day labels and titles beside bars
 * @param mutedText       tick labels, the zone label, "+N" overflow counts
 * @param accent          the selection outline
 * @param highlight       the glow around highlighted (e.g. search-matching) items
 * @param density         the density strips drawn when too many items are in view
 * @param font            the base font; titles use it, lane and day labels its bold face
 * @param laneColumnWidth the width of the lane label column
 */
public record TimelineStyle(Color background, Color surface, Color dayBand, Color grid, Color text, Color mutedText,
                            Color accent, Color highlight, Color density, Font font, double laneColumnWidth) {

    static final Color DEFAULT_BACKGROUND = Color.web("#ffffff");
    static final Color DEFAULT_SURFACE = Color.web("#f5f6f8");
    static final Color DEFAULT_DAY_BAND = Color.web("#f8f9fb");
    static final Color DEFAULT_GRID = Color.web("#e4e7ec");
    static final Color DEFAULT_TEXT = Color.web("#1f2530");
    static final Color DEFAULT_MUTED_TEXT = Color.web("#5b6472");
    static final Color DEFAULT_ACCENT = Color.web("#2457b8");
    static final Color DEFAULT_HIGHLIGHT = Color.web("#f0b323");
    static final Color DEFAULT_DENSITY = Color.web("#7a8799");
    static final double DEFAULT_LANE_COLUMN_WIDTH = 160;
    static final String DEFAULT_FONT_FAMILY = "Liberation Sans";
    static final double DEFAULT_FONT_SIZE = 12;

    public TimelineStyle {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(dayBand, "dayBand");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mutedText, "mutedText");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(highlight, "highlight");
        Objects.requireNonNull(density, "density");
        Objects.requireNonNull(font, "font");
        if (!(laneColumnWidth >= 0)) {
            throw new IllegalArgumentException("laneColumnWidth must not be negative: " + laneColumnWidth);
        }
    }

    /**
     * The look of timeline.css without its stylesheet. The font is Liberation Sans when the application
     * has loaded it, else JavaFX's closest match (the system font).
     */
    public static TimelineStyle defaults() {
        return new TimelineStyle(DEFAULT_BACKGROUND, DEFAULT_SURFACE, DEFAULT_DAY_BAND, DEFAULT_GRID, DEFAULT_TEXT,
                DEFAULT_MUTED_TEXT, DEFAULT_ACCENT, DEFAULT_HIGHLIGHT, DEFAULT_DENSITY, defaultFont(),
                DEFAULT_LANE_COLUMN_WIDTH);
    }

    static Font defaultFont() {
        return Font.font(DEFAULT_FONT_FAMILY, DEFAULT_FONT_SIZE);
    }
}
