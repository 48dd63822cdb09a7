package org.ammreader.control.timeline;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints the fixed column at the left: the zone label in the corner above, each lane's name beside its first
 * rows, wrapped onto as many lines as it needs (the lane is made tall enough, see {@link LaneGeometry}), and a
 * "+N" beside the last row when items stacked past the row cap are in view. Also the faint lines between lanes,
 * which run under the plot too.
 */
final class LaneColumnPainter {

    private static final double PAD = 16;

    private final TextPen pen;

    LaneColumnPainter(TextPen pen) {
        this.pen = pen;
    }

    /** The width a lane name may take in a lane column {@code columnWidth} wide. */
    static double nameRoom(double columnWidth) {
        return columnWidth - 2 * PAD;
    }

    /** The lines between lanes across the whole width, drawn under the items. */
    void paintSeparators(GraphicsContext gc, Shapes shapes, FrameLayout layout) {
        laneLines(gc, shapes, layout, layout.frame.width());
    }

    void paint(GraphicsContext gc, Shapes shapes, FrameLayout layout, int[] overflow, Font laneFont,
               TextMeasure laneMeasure, Font mutedFont, TextMeasure mutedMeasure, List<DrawnLabels.LaneName> drawn) {
        TimelineStyle style = layout.style;
        RowMetrics metrics = layout.lanes.metrics();
        double width = layout.plotX;
        if (width <= 0) {
            return;
        }
        double top = layout.lanesTop();
        gc.setFill(style.surface());
        gc.fillRect(0, 0, width, layout.frame.height());
        laneLines(gc, shapes, layout, width);
        shapes.horizontalLine(0, width, metrics.header() - 1);

        // Measured in the style's column, as the lane heights were: a narrow window does not change them.
        double textRoom = nameRoom(layout.style.laneColumnWidth());
        double line = metrics.laneLine();
        for (int l = 0; l < layout.lanes.laneCount(); l++) {
            double laneTop = layout.screenY(layout.lanes.top(l));
            double laneBottom = laneTop + layout.lanes.height(l);
            double first = laneTop + layout.lanes.nameTop(l);
            // A name scrolled (even partly) under the header is left out rather than drawn over the zone label.
            if (first < top || first >= layout.frame.height()) {
                continue;
            }
            TimelineLane lane = layout.data.lanes().get(l);
            List<String> lines = textRoom > 0 ? laneMeasure.lines(lane.label(), textRoom) : List.of(lane.label());
            double widest = 0;
            for (int k = 0; k < lines.size(); k++) {
                pen.write(gc, lines.get(k), laneFont, style.text(), TextAlignment.LEFT, PAD,
                        Math.round(first + (k + 0.5) * line));
                widest = Math.max(widest, laneMeasure.width(lines.get(k)));
            }
            drawn.add(new DrawnLabels.LaneName(lane, lines, new BoundingBox(PAD, first, widest, lines.size() * line),
                    new BoundingBox(0, laneTop, width, laneBottom - laneTop)));
        }
        for (int l = 0; l < overflow.length; l++) {
            if (overflow[l] > 0) {
                double y = Math.round(layout.screenY(layout.lanes.barTop(l, layout.lanes.maxRows() - 1))
                        + metrics.bar() / 2);
                if (y > top && y < layout.frame.height()) {
                    pen.write(gc, "+" + overflow[l], mutedFont, style.mutedText(), TextAlignment.RIGHT, width - PAD / 2,
                            y);
                }
            }
        }
        double zoneY = Math.round(metrics.bandRow() + (metrics.header() - metrics.bandRow()) / 2 - 1);
        pen.write(gc, mutedMeasure.truncate(layout.frame.zoneLabel(), nameRoom(width)), mutedFont, style.mutedText(),
                TextAlignment.LEFT, PAD, zoneY);
    }

    private static void laneLines(GraphicsContext gc, Shapes shapes, FrameLayout layout, double right) {
        gc.setFill(layout.style.grid());
        for (int l = 0; l < layout.lanes.laneCount(); l++) {
            double y = layout.screenY(layout.lanes.top(l) + layout.lanes.height(l));
            if (y > layout.lanesTop() && y < layout.frame.height()) {
                shapes.horizontalLine(0, right, y - 1);
            }
        }
    }
}
