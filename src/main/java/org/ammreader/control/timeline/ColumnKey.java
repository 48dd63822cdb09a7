package org.ammreader.control.timeline;

import java.util.Arrays;
import java.util.Objects;
import javafx.scene.canvas.Canvas;

/**
 * Everything the lane column's pixels depend on (see {@link LaneColumnPainter}): when two frames on the same canvas
 * have equal keys, the second can leave the column as the first drew it. A pan or a zoom changes none of it but
 * the "+N" counts; a theme, a filter (new data), a language (new data, zone label), a resize, a vertical scroll or
 * a change of the row cap changes the key, and the column is drawn again.
 */
final class ColumnKey {

    private final Canvas canvas;
    private final TimelineData<?> data;
    private final TimelineStyle style;
    private final double plotX;
    private final double width;
    private final double height;
    private final double scale;
    private final double scrollY;
    private final String zoneLabel;
    private final int maxRowsPerLane;
    private final int[] overflow;

    ColumnKey(Canvas canvas, FrameLayout layout, int[] overflow) {
        TimelineFrame frame = layout.frame;
        this.canvas = canvas;
        this.data = layout.data;
        this.style = layout.style;
        this.plotX = layout.plotX;
        this.width = frame.width();
        this.height = frame.height();
        this.scale = frame.scale();
        this.scrollY = frame.scrollY();
        this.zoneLabel = frame.zoneLabel();
        this.maxRowsPerLane = frame.maxRowsPerLane();
        this.overflow = overflow.clone();
    }

    @Override
    public boolean equals(Object o) {
        // The data by identity: a snapshot is immutable, and a filter or a language makes a new one.
        return o instanceof ColumnKey k && canvas == k.canvas && data == k.data && style.equals(k.style)
                && plotX == k.plotX && width == k.width && height == k.height && scale == k.scale
                && scrollY == k.scrollY && zoneLabel.equals(k.zoneLabel) && maxRowsPerLane == k.maxRowsPerLane
                && Arrays.equals(overflow, k.overflow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(canvas), System.identityHashCode(data), style, width, height,
                scrollY, Arrays.hashCode(overflow));
    }
}
