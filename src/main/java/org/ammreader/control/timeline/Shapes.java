package org.ammreader.control.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The few shapes the painter draws, in the cheapest form that looks right. With software rendering an
 * anti-aliased path costs tens of times a pixel-aligned rectangle (1,000 rounded bars: ~20 ms a frame;
 * as rectangles: ~2 ms; 80 stroked lines: ~17 ms; as 1-px rectangles: ~1 ms). So lines are always thin
 * rectangles on device pixels, and in fast mode a bar's rounded corners are two one-pixel steps, dashes
 * are rectangles and fades are steps.
 */
final class Shapes {

    private static final double DASH = 4;
    private static final double GAP = 3;
    private static final int FADE_STEPS = 6;
    private static final double SOFT_STEP = 3;
    private static final int MAX_SOFT_STEPS = 40;

    private final GraphicsContext gc;
    private final double scale;
    private final double px;
    private final boolean fast;
    /** Dash images for fast outlines; null to draw each dash as a rectangle. */
    private final DashPatterns dashes;

    /**
     * @param scale device pixels per logical pixel of the context
     * @param fast  stepped instead of anti-aliased corners (the screen under software rendering)
     */
    Shapes(GraphicsContext gc, double scale, boolean fast) {
        this(gc, scale, fast, null);
    }

    /** @param dashes where fast dashed outlines take their dash images from, or null for a rectangle per dash */
    Shapes(GraphicsContext gc, double scale, boolean fast, DashPatterns dashes) {
        this.gc = gc;
        this.scale = scale;
        this.px = 1 / scale;
        this.fast = fast;
        this.dashes = dashes;
    }

    /** A line one device pixel wide at x (rounded down to a device pixel), in the current fill. */
    void verticalLine(double x, double y0, double y1) {
        gc.fillRect(Math.floor(x / px) * px, y0, px, y1 - y0);
    }

    /** A line one device pixel high at y (rounded down to a device pixel), in the current fill. */
    void horizontalLine(double x0, double x1, double y) {
        gc.fillRect(x0, Math.floor(y / px) * px, x1 - x0, px);
    }

    /** A filled bar with corners of about {@code radius}, in the current fill. */
    void bar(double x, double y, double w, double h, double radius) {
        double r = Math.min(radius, Math.min(w, h) / 2);
        if (!fast) {
            gc.fillRoundRect(x, y, w, h, 2 * r, 2 * r);
        } else if (w < 4 * px || r < px) {
            gc.fillRect(x, y, w, h);
        } else {
            // The body, then two rows above and below it, each one pixel shorter at both ends: every pixel is
            // filled once (three overlapping rectangles filled most of them three times).
            gc.fillRect(x, y + 2 * px, w, h - 4 * px);
            gc.fillRect(x + px, y + px, w - 2 * px, px);
            gc.fillRect(x + px, y + h - 2 * px, w - 2 * px, px);
            gc.fillRect(x + 2 * px, y, w - 4 * px, px);
            gc.fillRect(x + 2 * px, y + h - px, w - 4 * px, px);
        }
    }

    /**
     * A dashed one-device-pixel outline of a bar, in {@code color}. In fast mode the dashes are small
     * rectangles, and only those between {@code visibleX0} and {@code visibleX1} are drawn (a bar can
     * span years).
     */
    void dashedOutline(double x, double y, double w, double h, double radius, Color color, double visibleX0,
                       double visibleX1) {
        if (!fast) {
            double r = Math.min(radius, Math.min(w, h) / 2);
            gc.setStroke(color);
            gc.setLineWidth(px);
            gc.setLineDashes(DASH, GAP);
            gc.strokeRoundRect(x + px / 2, y + px / 2, w - px, h - px, 2 * r, 2 * r);
            gc.setLineDashes((double[]) null);
            return;
        }
        double period = DASH + GAP;
        double first = x + Math.max(0, Math.floor((visibleX0 - x) / period)) * period;
        if (dashes != null) {
            dashedEdges(x, y, w, h, color, visibleX0, visibleX1, first, period);
            return;
        }
        gc.setFill(color);
        for (double d = first; d < Math.min(x + w, visibleX1); d += period) {
            double len = Math.min(DASH, x + w - d);
            gc.fillRect(d, y, len, px);
            gc.fillRect(d, y + h - px, len, px);
        }
        for (double d = y; d < y + h; d += period) {
            double len = Math.min(DASH, y + h - d);
            if (x >= visibleX0 - 1) {
                gc.fillRect(x, d, px, len);
            }
            if (x + w <= visibleX1 + 1) {
                gc.fillRect(x + w - px, d, px, len);
            }
        }
    }

    /** The outline's four edges, each one fill of a dash image repeated from the bar's corner: four commands. */
    private void dashedEdges(double x, double y, double w, double h, Color color, double visibleX0, double visibleX1,
                             double first, double period) {
        double end = Math.min(x + w, visibleX1 + period);
        if (first < end) {
            gc.setFill(new ImagePattern(dashes.period(color, scale, true, DASH, period), x, y, period, px, false));
            gc.fillRect(first, y, end - first, px);
            gc.fillRect(first, y + h - px, end - first, px);
        }
        gc.setFill(new ImagePattern(dashes.period(color, scale, false, DASH, period), x, y, px, period, false));
        if (x >= visibleX0 - 1) {
            gc.fillRect(x, y, px, h);
        }
        if (x + w <= visibleX1 + 1) {
            gc.fillRect(x + w - px, y, px, h);
        }
    }

    /**
     * A bar fading from {@code from} at its left to {@code to} at its right: a gradient, or in fast mode a
     * few opaque steps (a gradient fill is costly in software and the steps read the same at bar size).
     */
    void fadingBar(double x, double y, double w, double h, double radius, Color from, Color to) {
        if (!fast) {
            gc.setFill(new LinearGradient(x, 0, x + w, 0, false, CycleMethod.NO_CYCLE, new Stop(0, from),
                    new Stop(1, to)));
            bar(x, y, w, h, radius);
            return;
        }
        for (int step = 0; step < FADE_STEPS; step++) {
            double x0 = x + w * step / FADE_STEPS;
            double x1 = x + w * (step + 1) / FADE_STEPS;
            gc.setFill(from.interpolate(to, (step + 0.5) / FADE_STEPS));
            gc.fillRect(x0, y, x1 - x0, h);
        }
    }

    /**
     * A bar whose ends are soft: over {@code softLeft} from its left and {@code softRight} before its right it
     * passes from {@code faint} to {@code color}, the middle being solid {@code color}. A gradient, or in fast mode
     * the solid bar with a few opaque steps over each soft end.
     */
    void softBar(double x, double y, double w, double h, double radius, Color color, Color faint, double softLeft,
                 double softRight) {
        double left = Math.min(softLeft, w);
        double right = Math.min(softRight, w - left);
        if (!fast) {
            gc.setFill(new LinearGradient(x, 0, x + w, 0, false, CycleMethod.NO_CYCLE, new Stop(0, faint),
                    new Stop(left / w, color), new Stop(1 - right / w, color),
                    new Stop(1, right > 0 ? faint : color)));
            bar(x, y, w, h, radius);
            return;
        }
        gc.setFill(color);
        bar(x, y, w, h, radius);
        steps(x, y, left, h, faint, color);
        steps(x + w - right, y, right, h, color, faint);
    }

    /** Opaque steps from one colour to another, about every {@link #SOFT_STEP} pixels: six showed as stripes. */
    private void steps(double x, double y, double w, double h, Color from, Color to) {
        int count = (int) Math.max(FADE_STEPS, Math.min(MAX_SOFT_STEPS, Math.ceil(w / SOFT_STEP)));
        for (int step = 0; step < count && w > 0; step++) {
            gc.setFill(from.interpolate(to, (step + 0.5) / count));
            gc.fillRect(x + w * step / count, y, w / count, h);
        }
    }
}
