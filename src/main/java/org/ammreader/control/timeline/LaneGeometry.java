package org.ammreader.control.timeline;

/**
 * Vertical layout: the header, then the lanes one under another, each as tall as its rows (capped at the
 * frame's maximum, the rest counted as overflow) and at least as tall as its name, wrapped, needs. Lane
 * positions are in content coordinates, i.e. from the top of the first lane before vertical scrolling.
 */
final class LaneGeometry {

    /** Space kept above and below a lane's name. */
    static final double NAME_PAD = 2;

    private final RowMetrics metrics;
    private final double[] top;
    private final double[] height;
    private final int[] rows;
    private final int[] nameLines;
    private final int maxRows;
    private final double total;

    /** @param nameLines how many lines each lane's name takes, wrapped in the lane column */
    LaneGeometry(Stacking stacking, int maxRows, RowMetrics metrics, int[] nameLines) {
        int lanes = stacking.laneRows.length;
        this.metrics = metrics;
        this.maxRows = maxRows;
        this.nameLines = nameLines.clone();
        top = new double[lanes];
        height = new double[lanes];
        rows = new int[lanes];
        double y = 0;
        for (int l = 0; l < lanes; l++) {
            rows[l] = Math.min(stacking.laneRows[l], maxRows);
            top[l] = y;
            double forRows = metrics.padTop() + rows[l] * metrics.pitch() + metrics.padBottom();
            double forName = nameTop(l) + lines(l) * metrics.laneLine() + NAME_PAD;
            height[l] = Math.max(forRows, forName);
            y += height[l];
        }
        total = y;
    }

    /**
     * The lanes in the roomiest {@link RowMetrics#STEPS} whose header and lanes fit {@code available}, else in the
     * densest (then scrolled, as even they do not fit).
     */
    static LaneGeometry fitting(TimelineData<?> data, TimelineStyle style, int maxRows, double available) {
        LaneGeometry lanes = null;
        for (RowMetrics metrics : RowMetrics.STEPS) {
            lanes = of(data, style, maxRows, metrics);
            if (lanes.contentHeight() <= available) {
                break;
            }
        }
        return lanes;
    }

    /** The lanes in {@code metrics}, each at least as tall as its name wrapped in the style's lane column. */
    static LaneGeometry of(TimelineData<?> data, TimelineStyle style, int maxRows, RowMetrics metrics) {
        TextMeasure names = FontMeasure.of(Faces.of(style.font(), metrics).bold());
        double room = LaneColumnPainter.nameRoom(style.laneColumnWidth());
        int[] lines = data.lanes().stream()
                .mapToInt(lane -> room > 0 ? names.lines(lane.label(), room).size() : 1).toArray();
        return new LaneGeometry(data.stacking, maxRows, metrics, lines);
    }

    RowMetrics metrics() {
        return metrics;
    }

    int laneCount() {
        return top.length;
    }

    int maxRows() {
        return maxRows;
    }

    double top(int lane) {
        return top[lane];
    }

    double height(int lane) {
        return height[lane];
    }

    /** Height of all lanes together. */
    double total() {
        return total;
    }

    /** Height of the header and all lanes. */
    double contentHeight() {
        return metrics.header() + total;
    }

    /**
     * Offset from the lane's top of the first line of its name: the name is centred on the first bar, as far as
     * it goes without rising out of its lane.
     */
    double nameTop(int lane) {
        double centre = metrics.padTop() + metrics.bar() / 2;
        return Math.max(NAME_PAD, centre - lines(lane) * metrics.laneLine() / 2);
    }

    private int lines(int lane) {
        return lane < nameLines.length ? Math.max(1, nameLines[lane]) : 1;
    }

    /** Content y of the top of a bar in {@code row} (a row past the cap is drawn in the last shown row). */
    double barTop(int lane, int row) {
        return top[lane] + metrics.padTop() + Math.min(row, maxRows - 1) * metrics.pitch();
    }

    /** The lane at content y, or -1. */
    int laneAt(double y) {
        for (int l = 0; l < top.length; l++) {
            if (y >= top[l] && y < top[l] + height[l]) {
                return l;
            }
        }
        return -1;
    }

    /** The shown row whose bar covers content y in {@code lane}, or -1 (between bars or in the padding). */
    int rowAt(int lane, double y) {
        double inLane = y - top[lane] - metrics.padTop();
        if (inLane < 0) {
            return -1;
        }
        int row = (int) (inLane / metrics.pitch());
        boolean onBar = inLane - row * metrics.pitch() < metrics.bar();
        return onBar && row < rows[lane] ? row : -1;
    }
}
