package org.ammreader.control.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints the fixed column at the left: the zone label in the corner above, each lane's label beside its
 * first row, and a "+N" beside the last row when items stacked past the row cap are in view. Also the
 * faint lines between lanes, which run under the plot too.
 */
final class LaneColumnPainter {

    private static final double PAD = 16;
    private static final double LINE_GAP = 15;

    /** The lines between lanes across the whole width, drawn under the items. */
    void paintSeparators(GraphicsContext gc, Shapes shapes, FrameLayout layout) {
        laneLines(gc, shapes, layout, layout.frame.width());
    }

    void paint(GraphicsContext gc, Shapes shapes, FrameLayout layout, int[] overflow, Font laneFont,
               TextMeasure laneMeasure, Font mutedFont, TextMeasure mutedMeasure) {
        TimelineStyle style = layout.style;
        double width = layout.plotX;
        if (width <= 0) {
            return;
        }
        double top = layout.lanesTop();
        gc.setFill(style.surface());
        gc.fillRect(0, 0, width, layout.frame.height());
        laneLines(gc, shapes, layout, width);
        shapes.horizontalLine(0, width, LaneGeometry.HEADER_HEIGHT - 1);

        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double textRoom = width - 2 * PAD;
        gc.setFont(laneFont);
        gc.setFill(style.text());
        for (int l = 0; l < layout.lanes.laneCount(); l++) {
            double y = Math.round(layout.screenY(layout.lanes.barTop(l, 0)) + LaneGeometry.BAR_HEIGHT / 2);
            if (y > top && y < layout.frame.height()) {
                // A long lane name takes two lines rather than losing its end: the lane is tall enough.
                List<String> lines = laneMeasure.twoLines(layout.data.lanes().get(l).label(), textRoom);
                double first = lines.size() == 1 ? y : y - LINE_GAP / 2;
                for (int k = 0; k < lines.size(); k++) {
                    gc.fillText(lines.get(k), PAD, first + k * LINE_GAP);
                }
            }
        }
        gc.setFont(mutedFont);
        gc.setFill(style.mutedText());
        gc.setTextAlign(TextAlignment.RIGHT);
        for (int l = 0; l < overflow.length; l++) {
            if (overflow[l] > 0) {
                double y = Math.round(layout.screenY(layout.lanes.barTop(l, layout.lanes.maxRows() - 1))
                        + LaneGeometry.BAR_HEIGHT / 2);
                if (y > top && y < layout.frame.height()) {
                    gc.fillText("+" + overflow[l], width - PAD / 2, y);
                }
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(mutedMeasure.truncate(layout.frame.zoneLabel(), textRoom), PAD,
                Math.round(LaneGeometry.BAND_ROW_HEIGHT + (LaneGeometry.HEADER_HEIGHT - LaneGeometry.BAND_ROW_HEIGHT) / 2 - 1));
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
