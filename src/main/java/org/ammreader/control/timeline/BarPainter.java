package org.ammreader.control.timeline;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints items one by one, in passes so that nothing is drawn over a neighbour's text: highlight glows
 * under everything, then bars, then titles and glyphs, then the selection outline on top.
 *
 * <p>Looks: a timed item is a solid rounded bar, with a gradient over an end the adapter calls soft (an
 * approximate time); an all-day item a light tint of its colour with a dashed
 * outline over whole days; an item without a known end a solid cap fading out to the right.
 */
final class BarPainter {

    /** Opacity of items the filter rejects in fade mode. */
    static final double FADED_OPACITY = 0.25;
    private static final double RADIUS = 4;
    /** Space between a bar's end and a title beside it, and kept before the next bar. */
    private static final double BESIDE_GAP = 4;
    private static final double ALL_DAY_TINT = 0.2;
    private static final double OPEN_END_TINT = 0.35;
    /** Where a soft end begins: as light as an all-day bar, so that it reads as "around here", not as a start. */
    private static final double SOFT_TINT = 0.2;
    private static final double OPEN_END_CAP = 5;
    private static final double GLOW = 3;
    private static final double GLOW_STRENGTH = 0.7;
    /** Wide enough to read at every zoom, over a dashed outline too; drawn a pixel clear of the bar. */
    private static final double SELECTION_WIDTH = 3;

    private final TextPen pen;

    BarPainter(TextPen pen) {
        this.pen = pen;
    }

    /**
     * @param dayColumns whether days are columns (the axis bands are days): a title beside its bar then stops at
     *                   the end of the bar's day, so that it is never read under another day
     * @param drawn      receives each title drawn
     */
    void paint(GraphicsContext gc, Shapes shapes, FrameLayout layout, IntList visible, Font titleFont,
               TextMeasure titles, Font glyphFont, boolean dayColumns, List<DrawnLabels.ItemLabel> drawn) {
        TimelineData<?> data = layout.data;
        TimelineStyle style = layout.style;
        gc.setFill(Contrast.tint(style.highlight(), style.background(), GLOW_STRENGTH));
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            if (data.highlighted[i] && layout.inShownRow(i)) {
                alpha(gc, data, i);
                glow(shapes, layout, i);
            }
        }
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            if (layout.inShownRow(i)) {
                alpha(gc, data, i);
                bar(gc, shapes, layout, i);
            }
        }
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            if (layout.inShownRow(i)) {
                alpha(gc, data, i);
                title(gc, layout, i, titleFont, titles, glyphFont, true, dayColumns, drawn);
            }
        }
        gc.setGlobalAlpha(1);
    }

    /**
     * The selected item on top of everything: its bar again (it may sit past the row cap, or in a density
     * view) and an accent outline, in every lane it is drawn in.
     */
    void paintSelection(GraphicsContext gc, Shapes shapes, FrameLayout layout, Font titleFont,
                        TextMeasure titles, Font glyphFont, List<DrawnLabels.ItemLabel> drawn) {
        for (int i = layout.selected; i >= 0; i = layout.data.table.nextCopy[i]) {
            if (layout.data.stacking.shown(i)) {
                paintSelected(gc, shapes, layout, i, titleFont, titles, glyphFont, drawn);
            }
        }
    }

    private void paintSelected(GraphicsContext gc, Shapes shapes, FrameLayout layout, int i, Font titleFont,
                               TextMeasure titles, Font glyphFont, List<DrawnLabels.ItemLabel> drawn) {
        TimelineStyle style = layout.style;
        double x0 = layout.barX0(i);
        double x1 = layout.barX1(i);
        if (x1 < layout.plotX || x0 > layout.frame.width()) {
            return;
        }
        alpha(gc, layout.data, i);
        if (!layout.inShownRow(i) || !layout.detailed()) {
            bar(gc, shapes, layout, i);
            title(gc, layout, i, titleFont, titles, glyphFont, false, false, drawn);
            // The outline goes over the title, as over the bar.
            pen.finish(gc);
        }
        gc.setGlobalAlpha(1);
        double y = layout.barY(i);
        double inset = SELECTION_WIDTH / 2 + 1;
        gc.setStroke(style.accent());
        gc.setLineWidth(SELECTION_WIDTH);
        gc.strokeRoundRect(x0 - inset, y - inset, x1 - x0 + 2 * inset, layout.barHeight() + 2 * inset,
                2 * (RADIUS + inset), 2 * (RADIUS + inset));
    }

    private static void alpha(GraphicsContext gc, TimelineData<?> data, int i) {
        gc.setGlobalAlpha(data.faded[i] ? FADED_OPACITY : 1);
    }

    /** A halo around the bar, in the current fill. */
    private static void glow(Shapes shapes, FrameLayout layout, int i) {
        TimeScale scale = layout.scale;
        double x0 = scale.snap(layout.barX0(i));
        double x1 = scale.snap(layout.barX1(i));
        shapes.bar(x0 - GLOW, layout.barY(i) - GLOW, x1 - x0 + 2 * GLOW, layout.barHeight() + 2 * GLOW,
                RADIUS + GLOW);
    }

    private static void bar(GraphicsContext gc, Shapes shapes, FrameLayout layout, int i) {
        TimelineStyle style = layout.style;
        TimeScale scale = layout.scale;
        double x0 = scale.snap(layout.barX0(i));
        double x1 = Math.max(x0 + 1 / scale.scale(), scale.snap(layout.barX1(i)));
        double y = layout.barY(i);
        double w = x1 - x0;
        double h = layout.barHeight();
        Color color = layout.data.table.color[i];
        switch (layout.data.table.kind[i]) {
            case TIMED -> {
                double softLeft = layout.softStartWidth(i);
                double softRight = layout.softEndWidth(i);
                if (softLeft > 0 || softRight > 0) {
                    shapes.softBar(x0, y, w, h, RADIUS, color, Contrast.tint(color, style.background(), SOFT_TINT),
                            softLeft, softRight);
                } else {
                    gc.setFill(color);
                    shapes.bar(x0, y, w, h, RADIUS);
                }
            }
            case ALL_DAY -> {
                gc.setFill(Contrast.tint(color, style.background(), ALL_DAY_TINT));
                shapes.bar(x0, y, w, h, RADIUS);
                shapes.dashedOutline(x0, y, w, h, RADIUS, color, layout.plotX, layout.frame.width());
            }
            case OPEN_END -> {
                Color tint = Contrast.tint(color, style.background(), OPEN_END_TINT);
                // Fades into the background: opaque, so nothing is blended.
                shapes.fadingBar(x0, y, w, h, RADIUS, tint, style.background());
                gc.setFill(color);
                shapes.bar(x0, y, Math.min(OPEN_END_CAP, w), h, RADIUS);
            }
        }
    }

    /** The fill the title sits on when inside the bar, to pick its text colour. */
    private static Color insideFill(FrameLayout layout, int i, TimelineStyle style) {
        Color color = layout.data.table.color[i];
        return switch (layout.data.table.kind[i]) {
            case TIMED -> color;
            case ALL_DAY -> Contrast.tint(color, style.background(), ALL_DAY_TINT);
            case OPEN_END -> Contrast.tint(color, style.background(), OPEN_END_TINT);
        };
    }

    private void title(GraphicsContext gc, FrameLayout layout, int i, Font titleFont, TextMeasure titles,
                              Font glyphFont, boolean beside, boolean dayColumns,
                              List<DrawnLabels.ItemLabel> drawn) {
        TimelineStyle style = layout.style;
        ItemTable<?> table = layout.data.table;
        double x0 = layout.barX0(i);
        double x1 = layout.barX1(i);
        double left = layout.frame.sticky() ? Math.max(x0, layout.plotX) : x0;
        double textPad = layout.lanes.metrics().textPad();
        // A title inside sits on the solid part of the bar: over a soft end its colour would not read.
        double soft = table.kind[i] == ItemKind.TIMED ? layout.softStartWidth(i) : 0;
        double insideStart = Math.max(left, x0 + soft)
                + (table.kind[i] == ItemKind.OPEN_END ? OPEN_END_CAP + textPad : textPad);
        double inside = x1 - (table.kind[i] == ItemKind.TIMED ? layout.softEndWidth(i) : 0) - textPad - insideStart;
        // On screen, a title beside a bar that has (all but) scrolled out of view would float without it.
        boolean besideAllowed = beside && !(layout.frame.sticky() && x1 < layout.plotX + BESIDE_GAP);
        double besideEnd = Math.min(layout.nextBarX(i) - BESIDE_GAP, layout.labelEndX());
        if (dayColumns) {
            besideEnd = Math.min(besideEnd, layout.dayEndX(i) - BESIDE_GAP);
        }
        double besideRoom = besideAllowed ? besideEnd - (x1 + BESIDE_GAP) : 0;
        boolean marker = table.marker[i] != TimelineMarker.NONE;
        LabelFit.Placement place = LabelFit.place(table.label[i], table.shortLabel[i], marker, inside, besideRoom,
                titles);
        if (place.where() == LabelFit.Where.NONE) {
            return;
        }
        boolean in = place.where() == LabelFit.Where.INSIDE;
        Color ink = in ? Contrast.textOn(insideFill(layout, i, style), style.text(), Color.WHITE) : style.text();
        double x = layout.scale.snap(in ? insideStart : x1 + BESIDE_GAP);
        double y = layout.barY(i);
        double cy = Math.round(y + layout.barHeight() / 2);
        double textWidth = (place.marker() ? LabelFit.MARKER_WIDTH : 0) + titles.width(place.text());
        drawn.add(new DrawnLabels.ItemLabel(table.items[i], place.text(),
                new BoundingBox(x, y, textWidth, layout.barHeight()),
                new BoundingBox(x0, y, x1 - x0, layout.barHeight()), in));
        if (place.marker()) {
            glyph(gc, table.marker[i], x, cy, ink, glyphFont);
            x += LabelFit.MARKER_WIDTH;
        }
        if (!place.text().isEmpty()) {
            pen.write(gc, place.text(), titleFont, ink, TextAlignment.LEFT, x, cy);
        }
    }

    /** A certainty glyph in an 8-px box starting at x: a ring, "!" or "?". */
    private void glyph(GraphicsContext gc, TimelineMarker marker, double x, double cy, Color ink,
                              Font glyphFont) {
        double centre = x + 4;
        switch (marker) {
            case RING -> pen.ring(gc, ink, centre, cy);
            case EXCLAMATION, QUESTION -> pen.write(gc, marker == TimelineMarker.EXCLAMATION ? "!" : "?", glyphFont,
                    ink, TextAlignment.CENTER, centre, cy);
            case NONE -> {
            }
        }
    }
}
