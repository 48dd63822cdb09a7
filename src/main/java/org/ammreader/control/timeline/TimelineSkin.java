package org.ammreader.control.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;

/**
 * The screen side of {@link TimelineView}: one canvas the size of the viewport (never wider: textures fail
 * past 8192–16384 px), a horizontal scroll bar under the time axis and a vertical one when the lanes are
 * taller than the view. State changes only mark the picture stale and ask for one layout pass of the
 * control; the pass repaints once, however many changes came in the pulse.
 */
final class TimelineSkin<T> extends SkinBase<TimelineView<T>> {

    private static final double MIN_WIDTH = 240;
    private static final double MIN_HEIGHT = 120;
    private static final double PREF_WIDTH = 800;
    private static final double MAX_PREF_HEIGHT = 600;
    /** Space kept above and below a bar scrolled into view. */
    private static final double REVEAL_MARGIN = 8;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Region columnFiller = new Region();
    private final Region cornerFiller = new Region();
    /**
     * The focus ring, as four filled edges in the control's padding: a CSS border is stroked as a shape, and the
     * software renderer spent a tenth of every frame on it, visible or not (ADR 0035).
     */
    private final List<Region> focusEdges = List.of(new Region(), new Region(), new Region(), new Region());
    /** Without 3D support the scene renders in software, where anti-aliased corners are what costs. */
    private final TimelinePainter painter = new TimelinePainter(!Platform.isSupported(ConditionalFeature.SCENE3D),
            true, true);
    private final TimelineBehavior<T> behavior;
    private double scrollY;
    private boolean layoutStale = true;
    private boolean paintStale = true;
    /** True while the skin itself moves the scroll bars, so their listeners do not echo the change back. */
    private boolean syncing;
    private FrameLayout frameLayout;

    TimelineSkin(TimelineView<T> view) {
        super(view);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setVisible(false);
        columnFiller.getStyleClass().add("column-filler");
        cornerFiller.getStyleClass().add("corner-filler");
        // The fillers first, so that the scroll bars are drawn over them.
        getChildren().addAll(columnFiller, cornerFiller, canvas, hbar, vbar);
        for (Region edge : focusEdges) {
            edge.getStyleClass().add("focus-edge");
            edge.setManaged(false);
            edge.visibleProperty().bind(view.focusedProperty());
        }
        getChildren().addAll(focusEdges);

        registerChangeListener(view.viewRevision, o -> markStale());
        registerChangeListener(view.dataRevision, o -> {
            markStale();
            view.requestLayout();
        });
        hbar.valueProperty().addListener(o -> {
            if (!syncing) {
                TimeWindow extent = view.extent();
                TimeWindow window = view.visibleWindow();
                long start = extent.start() + Math.round(hbar.getValue());
                view.setVisibleRange(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + window.span()));
            }
        });
        vbar.valueProperty().addListener(o -> {
            if (!syncing) {
                scrollY = vbar.getValue();
                markStale();
            }
        });
        behavior = new TimelineBehavior<>(view, this, canvas);
    }

    @Override
    public void dispose() {
        behavior.dispose();
        super.dispose();
    }

    // ---- Queries used by the control and the behaviour -------------------------------------------------

    /** The item drawn at canvas position (x, y), or null. */
    T itemAt(double x, double y) {
        FrameLayout layout = currentLayout();
        if (layout == null) {
            return null;
        }
        int i = layout.itemAt(x, y);
        return i < 0 ? labelledAt(x, y) : getSkinnable().getData().item(i);
    }

    /** The item whose title, drawn beside its bar, is at canvas (x, y): a title is read, and clicked, as its bar. */
    @SuppressWarnings("unchecked")
    private T labelledAt(double x, double y) {
        for (DrawnLabels.ItemLabel label : painter.drawnLabels().items()) {
            if (label.bounds().contains(x, y)) {
                return (T) label.item();
            }
        }
        return null;
    }

    /** The instant at canvas x, or null before the first layout. */
    Instant timeAt(double x) {
        FrameLayout layout = currentLayout();
        return layout == null ? null : Instant.ofEpochMilli(layout.scale.time(x));
    }

    /** Milliseconds per pixel of the time axis, or 0 before the first layout. */
    double msPerPx() {
        FrameLayout layout = currentLayout();
        return layout == null ? 0 : layout.scale.msPerPx();
    }

    /** Whether canvas x is over the lane label column. */
    boolean overLaneColumn(double x) {
        FrameLayout layout = currentLayout();
        return layout != null && x < layout.plotX;
    }

    void scrollLanesBy(double dy) {
        double max = maxScrollY();
        double target = Math.max(0, Math.min(max, scrollY + dy));
        if (target != scrollY) {
            scrollY = target;
            markStale();
        }
    }

    /** Scrolls the lanes the least needed to show item {@code i}'s row. */
    void revealRow(int i) {
        FrameLayout layout = currentLayout();
        if (layout == null) {
            return;
        }
        double top = layout.lanes.barTop(layout.data.table.lane[i], layout.data.stacking.row[i]);
        double view = canvas.getHeight() - layout.lanesTop();
        double target = scrollY;
        if (top - REVEAL_MARGIN < scrollY) {
            target = top - REVEAL_MARGIN;
        } else if (top + layout.barHeight() + REVEAL_MARGIN > scrollY + view) {
            target = top + layout.barHeight() + REVEAL_MARGIN - view;
        }
        scrollLanesBy(target - scrollY);
    }

    /** What the last frame drew, in the control's coordinates. */
    DrawnLabels drawnLabels() {
        DrawnLabels drawn = painter.drawnLabels();
        double dx = canvas.getLayoutX();
        double dy = canvas.getLayoutY();
        return new DrawnLabels(drawn.items().stream().map(label -> new DrawnLabels.ItemLabel(label.item(),
                        label.text(), shift(label.bounds(), dx, dy), shift(label.bar(), dx, dy), label.inside())).toList(),
                drawn.lanes().stream().map(name -> new DrawnLabels.LaneName(name.lane(), name.lines(),
                        shift(name.bounds(), dx, dy), shift(name.area(), dx, dy))).toList());
    }

    private static Bounds shift(Bounds b, double dx, double dy) {
        return new BoundingBox(b.getMinX() + dx, b.getMinY() + dy, b.getWidth(), b.getHeight());
    }

    OptionalDouble xOf(Instant time) {
        FrameLayout layout = currentLayout();
        return layout == null ? OptionalDouble.empty()
                : OptionalDouble.of(canvas.getLayoutX() + layout.scale.x(time.toEpochMilli()));
    }

    boolean scrollingLanes() {
        return vbar.isVisible();
    }

    /** Whether the last frame was drawn in compact measures. */
    boolean compact() {
        FrameLayout layout = currentLayout();
        return layout != null && layout.lanes.metrics().compact();
    }

    Optional<Bounds> itemBounds(Object item) {
        FrameLayout layout = currentLayout();
        if (layout == null) {
            return Optional.empty();
        }
        return layout.bounds(item).map(b -> new BoundingBox(canvas.getLayoutX() + b.getMinX(),
                canvas.getLayoutY() + b.getMinY(), b.getWidth(), b.getHeight()));
    }

    // ---- Layout and painting ---------------------------------------------------------------------------

    /** Fixed minimums: the default would follow the canvas's current size and never let the control shrink. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + MIN_WIDTH + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + MIN_HEIGHT + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + PREF_WIDTH + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        TimelineView<T> view = getSkinnable();
        double content = TimelinePainter.contentHeight(view.getData(), view.getTimelineStyle(),
                view.getMaxRowsPerLane(), Double.POSITIVE_INFINITY);
        return top + Math.min(MAX_PREF_HEIGHT, content + hbar.prefHeight(-1)) + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView<T> view = getSkinnable();
        double hbarHeight = snapSizeY(hbar.prefHeight(-1));
        double vbarWidth = snapSizeX(vbar.prefWidth(-1));
        double canvasHeight = Math.max(1, h - hbarHeight);
        LaneGeometry lanes = LaneGeometry.fitting(view.getData(), view.getTimelineStyle(), view.getMaxRowsPerLane(),
                canvasHeight);
        double content = lanes.contentHeight();
        double header = lanes.metrics().header();
        boolean needVbar = content > canvasHeight;
        double canvasWidth = Math.max(1, w - (needVbar ? vbarWidth : 0));

        layoutFocusEdges(x, y, w, h);
        canvas.relocate(x, y);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(canvasHeight);
            layoutStale = true;
            paintStale = true;
        }
        double column = Math.min(view.getTimelineStyle().laneColumnWidth(), canvasWidth - 1);
        hbar.resizeRelocate(x + column, y + canvasHeight, canvasWidth - column, hbarHeight);
        columnFiller.resizeRelocate(x, y + canvasHeight, column, hbarHeight);
        vbar.setVisible(needVbar);
        cornerFiller.setVisible(needVbar);
        vbar.resizeRelocate(x + canvasWidth, y + header, vbarWidth, Math.max(0, canvasHeight - header));
        // Under the vertical scroll bar's whole column: beside the header above it, the corner below it.
        cornerFiller.resizeRelocate(x + canvasWidth, y, vbarWidth, h);

        double clamped = Math.max(0, Math.min(scrollY, maxScrollY()));
        if (clamped != scrollY) {
            scrollY = clamped;
            layoutStale = true;
            paintStale = true;
        }
        syncScrollBars(view.extent(), view.visibleWindow(), lanes);
        if (paintStale) {
            // A frame that fails is reported, not retried on every pulse: the next change paints again.
            paintStale = false;
            try {
                painter.setDateFormats(view.getDateFormats());
                painter.paint(canvas.getGraphicsContext2D(), currentLayout());
            } catch (RuntimeException e) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        }
    }

    /** The four edges of the focus ring, in the padding around the content area {@code x, y, w, h}. */
    private void layoutFocusEdges(double x, double y, double w, double h) {
        Insets padding = getSkinnable().getPadding();
        double left = x - padding.getLeft();
        double top = y - padding.getTop();
        double width = w + padding.getLeft() + padding.getRight();
        focusEdges.get(0).resizeRelocate(left, top, width, padding.getTop());
        focusEdges.get(1).resizeRelocate(left, y + h, width, padding.getBottom());
        focusEdges.get(2).resizeRelocate(left, y, padding.getLeft(), h);
        focusEdges.get(3).resizeRelocate(x + w, y, padding.getRight(), h);
    }

    private void markStale() {
        layoutStale = true;
        paintStale = true;
        getSkinnable().requestRepaint();
    }

    /** The geometry of the current state: what was last painted, or what the next paint will show. */
    private FrameLayout currentLayout() {
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return null;
        }
        if (layoutStale || frameLayout == null) {
            TimelineView<T> view = getSkinnable();
            TimeWindow window = view.visibleWindow();
            TimelineFrame frame = new TimelineFrame(Instant.ofEpochMilli(window.start()),
                    Instant.ofEpochMilli(window.end()), canvas.getWidth(), canvas.getHeight(), 1, scrollY, true,
                    true, view.getLocale(), view.getEffectiveZoneLabel(), view.getSelectedItem(),
                    view.getMaxRowsPerLane(), TimelineFrame.Detail.AUTO, Instant.ofEpochMilli(view.extent().end()));
            frameLayout = new FrameLayout(view.getData(), view.getTimelineStyle(), frame);
            layoutStale = false;
        }
        return frameLayout;
    }

    private double maxScrollY() {
        TimelineView<T> view = getSkinnable();
        double content = TimelinePainter.contentHeight(view.getData(), view.getTimelineStyle(),
                view.getMaxRowsPerLane(), canvas.getHeight());
        return Math.max(0, content - canvas.getHeight());
    }

    private void syncScrollBars(TimeWindow extent, TimeWindow window, LaneGeometry lanes) {
        double content = lanes.contentHeight();
        double header = lanes.metrics().header();
        double pitch = lanes.metrics().pitch();
        syncing = true;
        try {
            long range = extent.span() - window.span();
            hbar.setDisable(range <= 0);
            hbar.setMin(0);
            hbar.setMax(Math.max(0, range));
            // ScrollBar sizes its thumb as visibleAmount / (max - min) of the track.
            hbar.setVisibleAmount(range <= 0 ? 0 : range * (double) window.span() / extent.span());
            hbar.setValue(Math.max(0, Math.min(range, window.start() - extent.start())));
            hbar.setUnitIncrement(window.span() / 10.0);
            hbar.setBlockIncrement(window.span() * 0.8);

            double view = canvas.getHeight() - header;
            double max = Math.max(0, content - canvas.getHeight());
            vbar.setMin(0);
            vbar.setMax(max);
            vbar.setVisibleAmount(max <= 0 ? 0 : max * view / (content - header));
            vbar.setValue(scrollY);
            vbar.setUnitIncrement(pitch);
            vbar.setBlockIncrement(Math.max(pitch, view - pitch));
        } finally {
            syncing = false;
        }
    }
}
