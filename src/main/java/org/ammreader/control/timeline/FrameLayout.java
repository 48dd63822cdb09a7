package org.ammreader.control.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where things are in one frame: the plot area right of the lane column and under the header, the time
 * scale over it, the lanes, and each item's bar. The painter draws from it and the control hit-tests
 * with it, so what is clicked is exactly what was drawn.
 */
final class FrameLayout {

    /** Narrowest bar drawn for a timed or all-day item. */
    static final double MIN_BAR_WIDTH = 3;
    /** Narrowest bar drawn for an item without a known end: enough for its solid start and some fade. */
    static final double MIN_OPEN_END_WIDTH = 16;
    /** Space kept between a bar and the next one in its row. */
    static final double BAR_GAP = 2;
    /** How far left of the window items are still considered: titles beside bars reach that far right. */
    static final double LOOK_BEHIND = 480;

    final TimelineData<?> data;
    final TimelineFrame frame;
    final TimelineStyle style;
    final TimeScale scale;
    final LaneGeometry lanes;
    final double plotX;
    final int selected;
    private int inView = -1;

    FrameLayout(TimelineData<?> data, TimelineStyle style, TimelineFrame frame) {
        this.data = data;
        this.frame = frame;
        this.style = style;
        this.plotX = frame.laneColumn() ? Math.min(style.laneColumnWidth(), frame.width() - 1) : 0;
        this.scale = new TimeScale(frame.start().toEpochMilli(), frame.end().toEpochMilli(), plotX,
                frame.width() - plotX, frame.scale());
        this.lanes = LaneGeometry.fitting(data, style, frame.maxRowsPerLane(), frame.height());
        this.selected = data.indexOf(frame.selected());
    }

    /** Number of shown items intersecting the time window. */
    int inView() {
        if (inView < 0) {
            inView = data.stacking.visible.count(scale.start(), scale.end());
        }
        return inView;
    }

    /**
     * Whether items are drawn one by one. Automatically: while they are legible as bars and no more than
     * {@link TimelinePainter#DETAIL_LIMIT} are in view (past that a frame would take too long).
     */
    boolean detailed() {
        return switch (frame.detail()) {
            case BARS -> true;
            case DENSITY -> false;
            case AUTO -> legibleAsBars() && inView() <= TimelinePainter.DETAIL_LIMIT;
        };
    }

    /** Whether there are at most two items in view per pixel column: more would be sub-pixel slivers. */
    boolean legibleAsBars() {
        return inView() <= 2 * scale.width();
    }

    /** The time from which to query items: far enough left to catch titles that reach into the window. */
    long queryStart() {
        return scale.time(plotX - LOOK_BEHIND);
    }

    long queryEnd() {
        return scale.end() + 1;
    }

    /** Top of the lanes area on screen: the header's height. */
    double lanesTop() {
        return lanes.metrics().header();
    }

    double barHeight() {
        return lanes.metrics().bar();
    }

    /** Screen y of content y. */
    double screenY(double contentY) {
        return lanesTop() + contentY - frame.scrollY();
    }

    /** Whether the item's bar is drawn in its own row (not past the lane's row cap). */
    boolean inShownRow(int i) {
        return data.stacking.row[i] < lanes.maxRows();
    }

    double barX0(int i) {
        return scale.x(data.table.start[i]);
    }

    double barX1(int i) {
        double x0 = barX0(i);
        double min = data.table.kind[i] == ItemKind.OPEN_END ? MIN_OPEN_END_WIDTH : MIN_BAR_WIDTH;
        double x1 = Math.max(scale.x(data.table.end[i]), x0 + min);
        long next = data.stacking.nextStartInRow[i];
        if (next != Long.MAX_VALUE) {
            x1 = Math.min(x1, Math.max(x0 + 1, scale.x(next) - BAR_GAP));
        }
        return x1;
    }

    /** How wide the soft start of a timed item's bar is drawn: its share of the bar, in pixels. */
    double softStartWidth(int i) {
        return softWidth(i, data.table.softStart[i]);
    }

    /** How wide the soft end of a timed item's bar is drawn. */
    double softEndWidth(int i) {
        return softWidth(i, data.table.softEnd[i]);
    }

    private double softWidth(int i, long millis) {
        if (millis <= 0) {
            return 0;
        }
        return Math.min(barX1(i) - barX0(i), scale.x(data.table.start[i] + millis) - scale.x(data.table.start[i]));
    }

    /** Where titles beside bars must end: the frame's label limit, if any. */
    double labelEndX() {
        return frame.labelEnd() == null ? Double.POSITIVE_INFINITY : scale.x(frame.labelEnd().toEpochMilli());
    }

    /** Where the day of the item's end ends (the next midnight in the data's zone): where its column ends. */
    double dayEndX(int i) {
        ZoneId zone = data.zone();
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli(data.table.end[i] - 1), zone);
        return scale.x(last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    /** Where the next bar in the item's row starts, or positive infinity. */
    double nextBarX(int i) {
        long next = data.stacking.nextStartInRow[i];
        return next == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : scale.x(next);
    }

    double barY(int i) {
        return screenY(lanes.barTop(data.table.lane[i], data.stacking.row[i]));
    }

    /**
     * Where the item's bar is drawn in the frame, clipped to the drawing area, when it is drawn and at least partly
     * in view (not hidden, not scrolled away, not merged into a density strip).
     */
    Optional<Bounds> bounds(Object item) {
        int i = data.indexOf(item);
        if (i < 0 || !data.stacking.shown(i) || !(i == selected || detailed() && inShownRow(i))) {
            return Optional.empty();
        }
        double x0 = Math.max(barX0(i), plotX);
        double x1 = Math.min(barX1(i), frame.width());
        double y0 = Math.max(barY(i), lanesTop());
        double y1 = Math.min(barY(i) + barHeight(), frame.height());
        if (x1 <= x0 || y1 <= y0) {
            return Optional.empty();
        }
        return Optional.of(new BoundingBox(x0, y0, x1 - x0, y1 - y0));
    }

    /** The item drawn at (x, y), or -1: the selection first (it is drawn on top), then the bar in that row. */
    int itemAt(double x, double y) {
        if (x < plotX || y < lanesTop() || x >= frame.width() || y >= frame.height()) {
            return -1;
        }
        for (int copy = selected; copy >= 0; copy = data.table.nextCopy[copy]) {
            if (data.stacking.shown(copy) && contains(copy, x, y)) {
                return copy;
            }
        }
        if (!detailed()) {
            return -1;
        }
        double contentY = y - lanesTop() + frame.scrollY();
        int lane = lanes.laneAt(contentY);
        if (lane < 0 || lanes.rowAt(lane, contentY) < 0) {
            return -1;
        }
        int[] hit = {-1};
        data.stacking.visible.forEach(scale.time(x - MIN_OPEN_END_WIDTH), scale.time(x) + 1, i -> {
            if (hit[0] < 0 && inShownRow(i) && contains(i, x, y)) {
                hit[0] = i;
            }
        });
        return hit[0];
    }

    private boolean contains(int i, double x, double y) {
        double top = barY(i);
        return x >= barX0(i) && x <= barX1(i) && y >= top && y <= top + barHeight();
    }
}
