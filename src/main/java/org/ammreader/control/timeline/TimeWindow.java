package org.ammreader.control.timeline;

/**
 * A half-open time range in epoch milliseconds, and the zoom and pan arithmetic on it: pure functions,
 * so the behaviour at the limits (whole extent, one hour) is unit-tested without a window.
 */
record TimeWindow(long start, long end) {

    TimeWindow {
        if (end <= start) {
            throw new IllegalArgumentException("empty window: " + start + ".." + end);
        }
    }

    long span() {
        return end - start;
    }

    /**
     * Zooms in by {@code factor} (below 1 zooms out) keeping {@code pivot} at the same place on screen.
     * The span stays between {@code minSpan} and the extent's span; the window is then moved back inside
     * the extent if it left it.
     */
    TimeWindow zoom(double factor, long pivot, TimeWindow extent, long minSpan) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive and finite: " + factor);
        }
        long widest = Math.max(extent.span(), minSpan);
        // A window already wider than the extent (set by the application) does not grow, but may zoom in.
        long upper = Math.max(widest, span());
        long newSpan = Math.round(Math.min(upper, Math.max(minSpan, span() / factor)));
        if (newSpan == span()) {
            return this;
        }
        double fraction = (pivot - start) / (double) span();
        long newStart = pivot - Math.round(fraction * newSpan);
        return new TimeWindow(newStart, newStart + newSpan).within(extent);
    }

    /** Moves by {@code delta} milliseconds, stopping at the extent's edges. */
    TimeWindow pan(long delta, TimeWindow extent) {
        return new TimeWindow(start + delta, end + delta).within(extent);
    }

    /**
     * The smallest move that shows [{@code from}, {@code to}) with {@code margin} to spare at the nearer
     * edge, or this window if it already intersects a range too long to show whole.
     */
    TimeWindow reveal(long from, long to, long margin) {
        long span = span();
        if (to - from > span - 2 * margin) {
            boolean intersects = to > start && from < end;
            return intersects ? this : new TimeWindow(from - margin, from - margin + span);
        }
        if (from < start + margin) {
            return new TimeWindow(from - margin, from - margin + span);
        }
        if (to > end - margin) {
            return new TimeWindow(to + margin - span, to + margin);
        }
        return this;
    }

    /** This window moved (not resized) to lie within {@code extent}, or to cover it if it is wider. */
    TimeWindow within(TimeWindow extent) {
        long span = span();
        long newStart = span <= extent.span()
                ? Math.max(extent.start, Math.min(start, extent.end - span))
                : Math.max(extent.end - span, Math.min(start, extent.start));
        return newStart == start ? this : new TimeWindow(newStart, newStart + span);
    }
}
