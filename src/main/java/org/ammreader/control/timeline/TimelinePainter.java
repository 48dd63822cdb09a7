package org.ammreader.control.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * Draws a timeline from plain inputs: a {@link TimelineData} snapshot, a {@link TimelineStyle} and a
 * {@link TimelineFrame} (time range, size, scale). The control draws the screen with it; an exporter
 * draws any time range at any scale with it, tile by tile, and gets the same picture.
 *
 * <p>Tiling: give each tile a frame whose range is its slice of the whole range (same milliseconds per
 * pixel), {@code sticky} false, and the lane column only on the first tile (its width added to that
 * tile's). Ticks, bands and titles are placed from absolute times, so the tiles agree at their seams.
 *
 * <p>A painter keeps what it last drew ({@link #drawnLabels()}); use one per thread. The screen's painter also
 * leaves the lane column as it is when nothing it shows has changed ({@link ColumnKey}): the canvas keeps its
 * pixels between frames, so a pan or a zoom repaints only the plot, and the software renderer neither clears
 * the canvas nor draws the column's text again.
 */
public final class TimelinePainter {

    /** More items than this in view are drawn as per-lane density strips instead of bars. */
    public static final int DETAIL_LIMIT = 3000;

    private final boolean fastShapes;
    private final boolean keepsColumn;
    private final TextPen pen;
    /** Dash images for the screen's outlines; null where every dash is a rectangle (exports, tests). */
    private final DashPatterns dashes;
    private final AxisPainter axisPainter;
    private final BarPainter barPainter;
    private final DensityPainter densityPainter = new DensityPainter();
    private final LaneColumnPainter lanePainter;
    private final IntList visible = new IntList();
    private TickChooser chooser;
    private Faces chooserFonts;
    private DrawnLabels drawn = DrawnLabels.NONE;
    private DateFormats dateFormats = DateFormats.PLAIN;
    /** What the lane column on the canvas shows now, or null when it must be drawn. */
    private ColumnKey column;

    /** A painter that draws at full quality (anti-aliased rounded corners): for exports. */
    public TimelinePainter() {
        this(false, false);
    }

    /** @param fastShapes stepped bar corners, for the screen under software rendering (see {@link Shapes}) */
    TimelinePainter(boolean fastShapes) {
        this(fastShapes, false);
    }

    /**
     * @param fastShapes  stepped bar corners, for the screen under software rendering (see {@link Shapes})
     * @param keepsColumn whether to leave the lane column as the last frame drew it when nothing in it changed: for
     *                    one canvas that only this painter draws on (the screen's)
     */
    TimelinePainter(boolean fastShapes, boolean keepsColumn) {
        this(fastShapes, keepsColumn, false);
    }

    /**
     * @param fastShapes  stepped bar corners, for the screen under software rendering (see {@link Shapes})
     * @param keepsColumn whether to leave the lane column as the last frame drew it when nothing in it changed
     * @param images      whether to write text from images made once ({@link TextImages}), the same glyphs within a
     *                    unit or two of a colour channel, and fast dashed outlines from dash images
     *                    ({@link DashPatterns}): for the screen, where laying text out again every frame, and the
     *                    canvas's cost per command, are what costs
     */
    TimelinePainter(boolean fastShapes, boolean keepsColumn, boolean images) {
        this.fastShapes = fastShapes;
        this.keepsColumn = keepsColumn;
        pen = images ? new TextImages() : TextPen.DIRECT;
        dashes = images ? new DashPatterns() : null;
        axisPainter = new AxisPainter(pen);
        barPainter = new BarPainter(pen);
        lanePainter = new LaneColumnPainter(pen);
    }

    /** How the axis writes its dates; the JDK's patterns until told otherwise. */
    public void setDateFormats(DateFormats formats) {
        dateFormats = Objects.requireNonNull(formats, "formats");
    }

    /**
     * The height that shows every lane whole: the header plus each lane at up to {@code maxRowsPerLane} rows, in
     * regular measures if they fit {@code available}, else compact ones ({@link RowMetrics}). A picture with no
     * limit passes positive infinity.
     */
    public static double contentHeight(TimelineData<?> data, TimelineStyle style, int maxRowsPerLane,
                                       double available) {
        return LaneGeometry.fitting(data, style, maxRowsPerLane, available).contentHeight();
    }

    /** Whether {@code height} is short enough to turn on the compact measures for these lanes. */
    public static boolean compactAt(TimelineData<?> data, TimelineStyle style, int maxRowsPerLane, double height) {
        return LaneGeometry.fitting(data, style, maxRowsPerLane, height).metrics().compact();
    }

    /** What the last {@link #paint} wrote and where: titles against their bars, lane names in their lanes. */
    public DrawnLabels drawnLabels() {
        return drawn;
    }

    /**
     * How a whole picture should be drawn, to pass to each of its tiles: {@code frame} covers the whole
     * range at the whole width. Bars while they stay legible (at most two items per pixel column); unlike
     * the screen, an export has no frame-time limit on how many bars it draws.
     */
    public static TimelineFrame.Detail detailFor(TimelineData<?> data, TimelineStyle style, TimelineFrame frame) {
        boolean bars = new FrameLayout(data, style, frame).legibleAsBars();
        return bars ? TimelineFrame.Detail.BARS : TimelineFrame.Detail.DENSITY;
    }

    /** Where {@link #paint} draws the item's bar in the frame, as {@link TimelineView#itemBounds} tells it on screen. */
    public static Optional<Bounds> itemBounds(TimelineData<?> data, TimelineStyle style, TimelineFrame frame,
                                              Object item) {
        return new FrameLayout(data, style, frame).bounds(item);
    }

    /**
     * Paints {@code frame} onto {@code gc}, whose canvas should be {@code frame.width() × frame.scale()} by
     * {@code frame.height() × frame.scale()} device pixels. The context's state is restored afterwards.
     */
    public void paint(GraphicsContext gc, TimelineData<?> data, TimelineStyle style, TimelineFrame frame) {
        paint(gc, new FrameLayout(data, style, frame));
    }

    void paint(GraphicsContext gc, FrameLayout layout) {
        TimelineFrame frame = layout.frame;
        TimelineStyle style = layout.style;
        Faces fonts = Faces.of(style.font(), layout.lanes.metrics());
        List<DrawnLabels.ItemLabel> titles = new ArrayList<>();
        List<DrawnLabels.LaneName> names = new ArrayList<>();
        Shapes shapes = new Shapes(gc, frame.scale(), fastShapes, dashes);

        visible.clear();
        layout.data.stacking.visible.forEach(layout.queryStart(), layout.queryEnd(), visible::add);
        int[] overflow = new int[layout.lanes.laneCount()];
        boolean detailed = layout.detailed();
        if (detailed) {
            countOverflow(layout, overflow);
        }
        ColumnKey key = keepsColumn && canKeepColumn(layout) ? new ColumnKey(gc.getCanvas(), layout, overflow) : null;
        boolean columnKept = key != null && key.equals(column);
        // Until this frame is drawn whole, nothing on the canvas can be trusted to stay.
        column = null;

        gc.save();
        gc.scale(frame.scale(), frame.scale());
        pen.start(style, frame.scale(), frame.locale());
        Axis axis = chooser(layout.data, frame.locale(), fonts).layout(layout.scale,
                frame.sticky() ? layout.plotX : Double.NaN);
        if (key == null) {
            gc.setFill(style.background());
            gc.fillRect(0, 0, frame.width(), frame.height());
        } else {
            // Every pixel is covered by an opaque fill (the column's, the header's, the plot's background or a
            // band), so the canvas need not be cleared first, and the background is not filled under the bands.
            if (columnKept) {
                gc.beginPath();
                gc.rect(layout.plotX, 0, frame.width() - layout.plotX, frame.height());
                gc.clip();
            }
            axisPainter.paintPlotBackground(gc, axis, layout);
        }
        axisPainter.paintBody(gc, shapes, axis, layout);
        lanePainter.paintSeparators(gc, shapes, layout);

        if (detailed) {
            boolean dayColumns = axis.step().band() == BandUnit.DAY;
            barPainter.paint(gc, shapes, layout, visible, fonts.base(), measure(fonts.base()), fonts.bold(),
                    dayColumns, titles);
        } else {
            densityPainter.paint(gc, shapes, layout, visible);
        }
        // The text held back is drawn before anything that may cover it: the selection, the header, the column.
        pen.finish(gc);
        barPainter.paintSelection(gc, shapes, layout, fonts.base(), measure(fonts.base()), fonts.bold(), titles);

        axisPainter.paintHeader(gc, shapes, axis, layout, fonts.bold(), fonts.small());
        pen.finish(gc);
        if (columnKept) {
            names = drawn.lanes();
        } else {
            lanePainter.paint(gc, shapes, layout, overflow, fonts.bold(), measure(fonts.bold()), fonts.small(),
                    measure(fonts.small()), names);
            pen.finish(gc);
        }
        gc.restore();
        column = key;
        drawn = new DrawnLabels(titles, names);
    }

    /**
     * Whether the plot can be repainted alone, on a canvas that is not cleared: with whole-pixel edges and opaque
     * fills under everything, the pixels this gives are those a whole repaint would; anything else draws the
     * whole frame over a cleared canvas.
     */
    private static boolean canKeepColumn(FrameLayout layout) {
        TimelineFrame frame = layout.frame;
        TimelineStyle style = layout.style;
        double scale = frame.scale();
        return layout.plotX > 0 && whole(layout.plotX * scale) && whole(layout.lanesTop() * scale)
                && whole(frame.width() * scale) && whole(frame.height() * scale) && style.background().isOpaque()
                && style.surface().isOpaque() && style.dayBand().isOpaque();
    }

    private static boolean whole(double deviceX) {
        return deviceX == Math.rint(deviceX);
    }

    /** Items in view that sit past their lane's row cap, per lane: what the "+N" counts. */
    private void countOverflow(FrameLayout layout, int[] overflow) {
        long from = layout.scale.start();
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            if (!layout.inShownRow(i) && layout.data.table.end[i] > from) {
                overflow[layout.data.table.lane[i]]++;
            }
        }
    }

    private TickChooser chooser(TimelineData<?> data, Locale locale, Faces fonts) {
        if (chooser == null || !chooser.zone().equals(data.zone()) || !chooser.locale().equals(locale)
                || chooserFonts != fonts || chooser.dateFormats() != dateFormats) {
            chooser = new TickChooser(data.zone(), locale, measure(fonts.small())::width, measure(fonts.bold())::width,
                    dateFormats);
            chooserFonts = fonts;
        }
        return chooser;
    }

    private static FontMeasure measure(Font font) {
        return FontMeasure.of(font);
    }
}
