package org.ammreader.control.timeline;

/**
 * Vertical layout on the 8-px grid: the header, then the lanes one under another, each as tall as its rows
 * (capped at the frame's maximum, the rest counted as overflow). Lane positions are in content
 * coordinates, i.e. from the top of the first lane before vertical scrolling.
 */
final class LaneGeometry {

    /** Header: a 24-px band row (days, months or years) over a 24-px tick row. */
    static final double HEADER_HEIGHT = 48;
    static final double BAND_ROW_HEIGHT = 24;
    static final double LANE_PAD_TOP = 8;
    static final double ROW_PITCH = 24;
    static final double BAR_HEIGHT = 20;
    /** With the last row's 4-px gap this leaves 8 px under the last bar. */
    static final double LANE_PAD_BOTTOM = 4;

    private final double[] top;
    private final double[] height;
    private final int[] rows;
    private final int maxRows;
    private final double total;

    LaneGeometry(Stacking stacking, int maxRows) {
        int lanes = stacking.laneRows.length;
        this.maxRows = maxRows;
        top = new double[lanes];
        height = new double[lanes];
        rows = new int[lanes];
        double y = 0;
        for (int l = 0; l < lanes; l++) {
            rows[l] = Math.min(stacking.laneRows[l], maxRows);
            top[l] = y;
            height[l] = LANE_PAD_TOP + rows[l] * ROW_PITCH + LANE_PAD_BOTTOM;
            y += height[l];
        }
        total = y;
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

    /** Content y of the top of a bar in {@code row} (a row past the cap is drawn in the last shown row). */
    double barTop(int lane, int row) {
        return top[lane] + LANE_PAD_TOP + Math.min(row, maxRows - 1) * ROW_PITCH;
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
        double inLane = y - top[lane] - LANE_PAD_TOP;
        if (inLane < 0) {
            return -1;
        }
        int row = (int) (inLane / ROW_PITCH);
        boolean onBar = inLane - row * ROW_PITCH < BAR_HEIGHT;
        return onBar && row < rows[lane] ? row : -1;
    }
}
