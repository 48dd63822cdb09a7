package org.ammreader.control.timeline;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What one call of {@link TimelinePainter#paint} draws: a time range over a size, at a device scale, and
 * the presentation choices that are not style. All lengths are logical pixels; the painter multiplies by
 * {@code scale} itself, so a 2× export passes the same frame with scale 2 and a canvas twice the size.
 *
 * @param start          left edge of the time axis (right of the lane column, if any)
 * @param end            right edge of the time axis
 * @param width          width drawn, lane column included
 * @param height         height drawn, header included
 * @param scale          device pixels per logical pixel (1 on screen; 1–4 for export)
 * @param scrollY        how far the lanes are scrolled up under the header
 * @param laneColumn     whether to draw the lane label column at the left (export: only the first tile)
 * @param sticky         whether labels slide to stay readable at the left edge (screen), or stay at their
 *                       item's or band's start (export tiles, which must agree at their seams)
 * @param locale         for day and month names
 * @param zoneLabel      the time zone as shown in the top-left corner, e.g. "ICT, UTC+7"
 * @param selected       the selected item (outlined), or null
 * @param maxRowsPerLane rows drawn per lane; items stacked deeper are counted in a "+N" in the lane column
 * @param detail         bars or density strips; {@link Detail#AUTO} decides per frame from the items in view
 * @param labelEnd       where titles written beside their bars must stop (the end of the whole timeline, so
 *                       they are shortened rather than cut at its edge), or null for no limit
 */
public record TimelineFrame(Instant start, Instant end, double width, double height, double scale, double scrollY,
                            boolean laneColumn, boolean sticky, Locale locale, String zoneLabel, Object selected,
                            int maxRowsPerLane, Detail detail, Instant labelEnd) {

    /** Rows per lane when not told otherwise. */
    public static final int DEFAULT_MAX_ROWS = 8;

    /**
     * How items are drawn. The screen uses {@code AUTO}; an export in tiles decides once for the whole
     * picture ({@link TimelinePainter#detailFor}) so that every tile is drawn the same way.
     */
    public enum Detail {
        /** Bars when few enough items are in view, density strips otherwise. */
        AUTO,
        /** Every item as a bar. */
        BARS,
        /** Per-lane density strips. */
        DENSITY
    }

    public TimelineFrame {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(locale, "locale");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
        if (!(width > 0) || !(height > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("width, height and scale must be positive");
        }
        if (maxRowsPerLane < 1) {
            throw new IllegalArgumentException("maxRowsPerLane must be at least 1: " + maxRowsPerLane);
        }
        zoneLabel = zoneLabel == null ? "" : zoneLabel;
        Objects.requireNonNull(detail, "detail");
    }

    /** A screen-like frame: scale 1, not scrolled, lane column, sticky labels, no selection. */
    public static TimelineFrame of(Instant start, Instant end, double width, double height, Locale locale,
                                   String zoneLabel) {
        return new TimelineFrame(start, end, width, height, 1, 0, true, true, locale, zoneLabel, null,
                DEFAULT_MAX_ROWS, Detail.AUTO, null);
    }

    public TimelineFrame withScale(double newScale) {
        return new TimelineFrame(start, end, width, height, newScale, scrollY, laneColumn, sticky, locale, zoneLabel,
                selected, maxRowsPerLane, detail, labelEnd);
    }

    public TimelineFrame withScrollY(double newScrollY) {
        return new TimelineFrame(start, end, width, height, scale, newScrollY, laneColumn, sticky, locale, zoneLabel,
                selected, maxRowsPerLane, detail, labelEnd);
    }

    public TimelineFrame withLaneColumn(boolean show) {
        return new TimelineFrame(start, end, width, height, scale, scrollY, show, sticky, locale, zoneLabel,
                selected, maxRowsPerLane, detail, labelEnd);
    }

    public TimelineFrame withSticky(boolean newSticky) {
        return new TimelineFrame(start, end, width, height, scale, scrollY, laneColumn, newSticky, locale, zoneLabel,
                selected, maxRowsPerLane, detail, labelEnd);
    }

    public TimelineFrame withSelected(Object item) {
        return new TimelineFrame(start, end, width, height, scale, scrollY, laneColumn, sticky, locale, zoneLabel,
                item, maxRowsPerLane, detail, labelEnd);
    }

    public TimelineFrame withMaxRowsPerLane(int rows) {
        return new TimelineFrame(start, end, width, height, scale, scrollY, laneColumn, sticky, locale, zoneLabel,
                selected, rows, detail, labelEnd);
    }

    public TimelineFrame withLabelEnd(Instant newLabelEnd) {
        return new TimelineFrame(start, end, width, height, scale, scrollY, laneColumn, sticky, locale, zoneLabel,
                selected, maxRowsPerLane, detail, newLabelEnd);
    }

    public TimelineFrame withDetail(Detail newDetail) {
        return new TimelineFrame(start, end, width, height, scale, scrollY, laneColumn, sticky, locale, zoneLabel,
                selected, maxRowsPerLane, newDetail, labelEnd);
    }
}
