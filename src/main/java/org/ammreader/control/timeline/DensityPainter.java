package org.ammreader.control.timeline;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The level-of-detail view: when too many items are in view to draw one by one, each lane shows how many
 * items cover each 4-px column, as a light profile with a darker top edge (height on a logarithmic
 * scale, so one item stays visible next to a thousand). Faded items form a paler profile behind;
 * highlighted items are marked by ticks along the lane's top edge. Binning is O(items + columns) with
 * difference arrays.
 */
final class DensityPainter {

    /** Width of one density column: wide enough to smooth noise, narrow enough to keep structure. */
    static final double BIN = 4;
    /** Smallest height of a column that holds at least one item. */
    private static final double MIN_HEIGHT = 2;
    /** The fill is the density colour at this strength over the background; its top edge at full strength. */
    private static final double FILL_STRENGTH = 0.4;
    private static final double HIGHLIGHT_TICK = 6;

    private int[][] active = new int[0][];
    private int[][] faded = new int[0][];
    private boolean[][] highlighted = new boolean[0][];
    private boolean anyFaded;
    /** Each column's drawn height in the lane being painted (0: nothing there), kept between frames. */
    private double[] heights = new double[0];

    void paint(GraphicsContext gc, Shapes shapes, FrameLayout layout, IntList visible) {
        TimelineStyle style = layout.style;
        int lanes = layout.lanes.laneCount();
        int columns = (int) Math.ceil(layout.scale.width() / BIN);
        prepare(lanes, columns);
        bin(layout, visible, columns);
        int max = 1;
        for (int l = 0; l < lanes; l++) {
            for (int c = 0; c < columns; c++) {
                max = Math.max(max, active[l][c] + faded[l][c]);
            }
        }
        double logMax = Math.log1p(max);
        // Opaque tints rather than translucent fills: software rendering blends every pixel otherwise.
        Color fill = Contrast.tint(style.density(), style.background(), FILL_STRENGTH);
        Color fadedFill = Contrast.tint(style.density(), style.background(), FILL_STRENGTH * BarPainter.FADED_OPACITY);
        for (int l = 0; l < lanes; l++) {
            double top = layout.screenY(layout.lanes.top(l) + layout.lanes.metrics().padTop());
            double bottom = layout.screenY(layout.lanes.top(l) + layout.lanes.height(l)
                    - layout.lanes.metrics().padBottom());
            if (bottom < layout.lanesTop() || top > layout.frame.height()) {
                continue;
            }
            if (anyFaded) {
                profile(gc, shapes, layout, l, columns, top, bottom, logMax, true, fadedFill, fadedFill);
            }
            profile(gc, shapes, layout, l, columns, top, bottom, logMax, false, fill, style.density());
        }
        gc.setFill(style.highlight());
        for (int l = 0; l < lanes; l++) {
            double top = layout.screenY(layout.lanes.top(l) + layout.lanes.metrics().padTop());
            int c = 0;
            while (c < columns) {
                if (!highlighted[l][c]) {
                    c++;
                    continue;
                }
                int run = c;
                while (run < columns && highlighted[l][run]) {
                    run++;
                }
                gc.fillRect(layout.plotX + c * BIN, top - HIGHLIGHT_TICK / 2, (run - c) * BIN - 1, HIGHLIGHT_TICK);
                c = run;
            }
        }
    }

    private void prepare(int lanes, int columns) {
        if (active.length != lanes || (lanes > 0 && active[0].length < columns + 1)) {
            active = new int[lanes][columns + 1];
            faded = new int[lanes][columns + 1];
            highlighted = new boolean[lanes][columns + 1];
        } else {
            for (int l = 0; l < lanes; l++) {
                Arrays.fill(active[l], 0);
                Arrays.fill(faded[l], 0);
                Arrays.fill(highlighted[l], false);
            }
        }
    }

    private void bin(FrameLayout layout, IntList visible, int columns) {
        TimelineData<?> data = layout.data;
        TimeScale scale = layout.scale;
        anyFaded = false;
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            double x0 = (scale.x(data.table.start[i]) - layout.plotX) / BIN;
            double x1 = (scale.x(data.table.end[i]) - layout.plotX) / BIN;
            if (x1 < 0 || x0 >= columns) {
                continue;
            }
            int c0 = Math.max(0, (int) Math.floor(x0));
            int c1 = Math.min(columns - 1, Math.max(c0, (int) Math.ceil(x1) - 1));
            int lane = data.table.lane[i];
            anyFaded |= data.faded[i];
            int[] bins = data.faded[i] ? faded[lane] : active[lane];
            bins[c0]++;
            bins[c1 + 1]--;
            if (data.highlighted[i]) {
                highlighted[lane][c0] = true;
            }
        }
        for (int l = 0; l < active.length; l++) {
            for (int c = 1; c < columns; c++) {
                active[l][c] += active[l][c - 1];
                faded[l][c] += faded[l][c - 1];
            }
        }
    }

    /**
     * One lane's profile: a rectangle per run of columns of equal drawn height, with a darker top edge. Heights, not
     * counts, make a run (on the logarithmic scale neighbouring counts often round to one height), and the fills come
     * before the edges, each with its colour set once: every canvas command costs the software renderer a clip and a
     * state reset whatever it draws, so fewer of them draw the same pixels sooner.
     */
    private void profile(GraphicsContext gc, Shapes shapes, FrameLayout layout, int lane, int columns, double top,
                         double bottom, double logMax, boolean withFaded, Color fill, Color edge) {
        double room = bottom - top;
        if (heights.length < columns) {
            heights = new double[columns];
        }
        for (int c = 0; c < columns; c++) {
            int count = count(lane, c, withFaded);
            heights[c] = count > 0 ? Math.round(Math.max(MIN_HEIGHT, room * Math.log1p(count) / logMax)) : 0;
        }
        gc.setFill(fill);
        for (int c = 0; c < columns; c = runEnd(c, columns)) {
            if (heights[c] > 0) {
                gc.fillRect(layout.plotX + c * BIN, bottom - heights[c], (runEnd(c, columns) - c) * BIN, heights[c]);
            }
        }
        gc.setFill(edge);
        for (int c = 0; c < columns; c = runEnd(c, columns)) {
            if (heights[c] > 0) {
                double x = layout.plotX + c * BIN;
                shapes.horizontalLine(x, x + (runEnd(c, columns) - c) * BIN, bottom - heights[c]);
            }
        }
    }

    /** The first column after {@code c} whose drawn height differs from column {@code c}'s. */
    private int runEnd(int c, int columns) {
        int run = c + 1;
        while (run < columns && heights[run] == heights[c]) {
            run++;
        }
        return run;
    }

    private int count(int lane, int column, boolean withFaded) {
        return active[lane][column] + (withFaded ? faded[lane][column] : 0);
    }
}
