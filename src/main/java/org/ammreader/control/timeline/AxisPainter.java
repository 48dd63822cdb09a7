package org.ammreader.control.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints the time axis: alternating calendar bands and grid lines under the lanes, and the header above
 * them (band labels in the top row, tick labels in the bottom row).
 */
final class AxisPainter {

    /** Tick marks in the header reach this far up from its bottom line. */
    private static final double TICK_MARK = 6;
    /** Tick lines in the body are the grid colour at this strength: present, but quieter than day lines. */
    private static final double TICK_LINE_STRENGTH = 0.55;

    private final TextPen pen;

    AxisPainter(TextPen pen) {
        this.pen = pen;
    }

    /**
     * The background of the plot under the header where {@link #paintBody} shades no band, as if it were filled
     * whole before: under the bands only the pixel rows below where they end (the first of them partly covered).
     */
    void paintPlotBackground(GraphicsContext gc, Axis axis, FrameLayout layout) {
        double top = layout.lanesTop();
        double height = layout.frame.height();
        double below = Math.max(top, Math.floor(bandsBottom(layout)));
        double right = layout.frame.width();
        gc.setFill(layout.style.background());
        double x = layout.plotX;
        for (Axis.Band band : axis.bands()) {
            if (band.shaded()) {
                double x0 = bandLeft(band, layout);
                double x1 = bandRight(band, layout);
                if (x1 > x0) {
                    if (x0 > x) {
                        gc.fillRect(x, top, x0 - x, below - top);
                    }
                    x = Math.max(x, x1);
                }
            }
        }
        if (right > x) {
            gc.fillRect(x, top, right - x, below - top);
        }
        gc.fillRect(layout.plotX, below, right - layout.plotX, height - below);
    }

    void paintBody(GraphicsContext gc, Shapes shapes, Axis axis, FrameLayout layout) {
        TimelineStyle style = layout.style;
        double top = layout.lanesTop();
        double bottom = bandsBottom(layout);
        double right = layout.frame.width();
        gc.setFill(style.dayBand());
        for (Axis.Band band : axis.bands()) {
            if (band.shaded()) {
                double x0 = bandLeft(band, layout);
                double x1 = bandRight(band, layout);
                if (x1 > x0) {
                    gc.fillRect(x0, top, x1 - x0, bottom - top);
                }
            }
        }
        // Opaque rather than translucent: blending every line pixel is a cost software rendering feels.
        gc.setFill(Contrast.tint(style.grid(), style.background(), TICK_LINE_STRENGTH));
        for (Axis.Tick tick : axis.ticks()) {
            verticalLine(shapes, tick.x(), top, bottom, layout.plotX, right);
        }
        gc.setFill(style.grid());
        for (Axis.Band band : axis.bands()) {
            verticalLine(shapes, band.x0(), top, bottom, layout.plotX, right);
        }
    }

    void paintHeader(GraphicsContext gc, Shapes shapes, Axis axis, FrameLayout layout, Font bandFont,
                     Font tickFont) {
        TimelineStyle style = layout.style;
        TimeScale scale = layout.scale;
        double right = layout.frame.width();
        double header = layout.lanes.metrics().header();
        double bandRow = layout.lanes.metrics().bandRow();
        gc.setFill(style.background());
        gc.fillRect(0, 0, right, header);

        gc.setFill(style.grid());
        for (Axis.Band band : axis.bands()) {
            verticalLine(shapes, band.x0(), 0, header, layout.plotX, right);
        }
        for (Axis.Tick tick : axis.ticks()) {
            verticalLine(shapes, tick.x(), header - TICK_MARK, header, layout.plotX, right);
        }
        shapes.horizontalLine(0, right, header - 1);

        for (Axis.Band band : axis.bands()) {
            if (band.label() != null) {
                pen.write(gc, band.label(), bandFont, style.text(), TextAlignment.LEFT, scale.snap(band.labelX()),
                        Math.round(bandRow / 2));
            }
        }
        for (Axis.Tick tick : axis.ticks()) {
            if (tick.label() != null) {
                pen.write(gc, tick.label(), tickFont, style.mutedText(), TextAlignment.LEFT, scale.snap(tick.labelX()),
                        Math.round(bandRow + (header - bandRow) / 2 - 1));
            }
        }
    }

    private static double bandsBottom(FrameLayout layout) {
        return Math.min(layout.frame.height(), layout.screenY(layout.lanes.total()));
    }

    private static double bandLeft(Axis.Band band, FrameLayout layout) {
        return Math.max(layout.scale.snap(band.x0()), layout.plotX);
    }

    private static double bandRight(Axis.Band band, FrameLayout layout) {
        return Math.min(layout.scale.snap(band.x1()), layout.frame.width());
    }

    private static void verticalLine(Shapes shapes, double x, double y0, double y1, double left, double right) {
        if (x >= left && x < right) {
            shapes.verticalLine(x, y0, y1);
        }
    }
}
