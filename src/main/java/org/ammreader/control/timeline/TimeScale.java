package org.ammreader.control.timeline;

/**
 * Maps instants (epoch milliseconds) to horizontal positions for one time range drawn over one width.
 * Positions are logical pixels; {@link #scale()} is the device pixels per logical pixel, used only to snap
 * lines to whole device pixels so they stay crisp at 1× and sharp at 2×–4× exports.
 */
final class TimeScale {

    private final long start;
    private final long end;
    private final double x0;
    private final double width;
    private final double scale;
    private final double pxPerMs;

    TimeScale(long start, long end, double x0, double width, double scale) {
        if (end <= start) {
            throw new IllegalArgumentException("empty time range: " + start + ".." + end);
        }
        if (!(width > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("width and scale must be positive: " + width + ", " + scale);
        }
        this.start = start;
        this.end = end;
        this.x0 = x0;
        this.width = width;
        this.scale = scale;
        this.pxPerMs = width / (double) (end - start);
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    /** Left edge of the drawing area this scale maps onto. */
    double x0() {
        return x0;
    }

    double width() {
        return width;
    }

    double scale() {
        return scale;
    }

    double msPerPx() {
        return 1 / pxPerMs;
    }

    double x(long time) {
        return x0 + (time - start) * pxPerMs;
    }

    long time(double x) {
        return start + Math.round((x - x0) / pxPerMs);
    }

    /** The position of a one-device-pixel line at {@code x}, centred on a device pixel. */
    double snapLine(double x) {
        return (Math.floor(x * scale) + 0.5) / scale;
    }

    /** {@code x} rounded to the nearest device pixel edge. */
    double snap(double x) {
        return Math.round(x * scale) / scale;
    }
}
