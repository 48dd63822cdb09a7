package org.ammreader.control.timeline;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A slim band under a {@link TimelineView} showing its whole extent: how many shown items are under way along it
 * (a histogram, counted once per snapshot by {@link OverviewDensity}, so a frame does nothing per item) and the
 * visible range as a box. Dragging the box pans the timeline, dragging its edges zooms it, a press outside it
 * centres the view there. Focused, Left/Right pan and +/- zoom. Its time axis lies exactly under the
 * timeline's (it asks the timeline where its visible edges are drawn), so put both in one column of equal width.
 * Colours come from the timeline's resolved style, so it follows the theme with no CSS of its own.
 */
public final class OverviewStrip extends Region {

    /** Height of the strip; the histogram leaves a little room above and below. */
    static final double HEIGHT = 28;
    /** How near (px) to a box edge a press grabs the edge rather than the box. */
    static final double EDGE_GRAB = 5;
    private static final double PAD = 4;
    private static final double PAN_STEP = 0.1;

    private enum Drag { NONE, MOVE, START_EDGE, END_EDGE }

    private final TimelineView<?> view;
    /** What stays put while the view moves: the column, the title and the histogram. */
    private final Canvas canvas = new Canvas();
    /** The box alone, over the histogram: a pan redraws only this (a histogram is a rectangle per pixel column). */
    private final Canvas boxCanvas = new Canvas();
    /** What {@link #canvas} shows now; null when it must be drawn again. */
    private Object backgroundKey;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private OverviewDensity density;
    private Drag drag = Drag.NONE;
    /** While moving the box: the time under the pointer minus the box's start. */
    private long grabOffset;

    public OverviewStrip(TimelineView<?> view) {
        this.view = view;
        getStyleClass().add("overview-strip");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        getChildren().addAll(canvas, boxCanvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        for (Observable o : List.of(view.visibleStartProperty(), view.visibleEndProperty(), view.dataRevision,
                view.viewRevision, view.widthProperty(), view.heightProperty(), title, focusedProperty())) {
            // Only this strip is laid out again (where it paints), not its ancestors: a drag must not relayout
            // the window.
            o.addListener(x -> setNeedsLayout(true));
        }
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(cursorAt(e.getX())));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The words in the lane-label column beside the strip, e.g. "Whole week"; the application's, in its language. */
    public StringProperty titleProperty() {
        return title;
    }

    public void setTitle(String value) {
        title.set(value == null ? "" : value);
    }

    /** Where the box is drawn, left and right edges in this strip's coordinates; empty before the first layout. */
    public double[] boxEdges() {
        Axis axis = axis();
        TimeWindow window = view.visibleWindow();
        return axis == null ? new double[0] : new double[] {axis.x(window.start()), axis.x(window.end())};
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        for (Canvas layer : List.of(canvas, boxCanvas)) {
            layer.setWidth(Math.max(1, getWidth()));
            layer.setHeight(Math.max(1, getHeight()));
        }
        paint();
    }

    // ---- Drawing ---------------------------------------------------------------------------------------

    /** Everything that decides the background's pixels. */
    private record BackgroundKey(double width, double height, Axis axis, OverviewDensity density, TimelineStyle style,
                                 String title) {
    }

    private void paint() {
        TimelineStyle style = view.getTimelineStyle();
        Axis axis = axis();
        GraphicsContext box = boxCanvas.getGraphicsContext2D();
        box.clearRect(0, 0, boxCanvas.getWidth(), boxCanvas.getHeight());
        OverviewDensity counts = axis == null ? null : density(axis);
        BackgroundKey key = new BackgroundKey(canvas.getWidth(), canvas.getHeight(), axis, counts, style, title.get());
        if (!key.equals(backgroundKey)) {
            backgroundKey = key;
            paintBackground(style, axis, counts);
        }
        if (axis != null) {
            paintBox(box, style, axis, boxCanvas.getHeight());
        }
    }

    private void paintBackground(TimelineStyle style, Axis axis, OverviewDensity counts) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(style.background());
        gc.fillRect(0, 0, w, h);
        if (axis == null) {
            return;
        }
        gc.setFill(style.surface());
        gc.fillRect(0, 0, axis.left, h);
        gc.setStroke(style.grid());
        gc.setLineWidth(1);
        gc.strokeLine(0, 0.5, w, 0.5);
        gc.strokeLine(axis.left - 0.5, 0, axis.left - 0.5, h);
        paintTitle(gc, style, axis.left, h);
        paintHistogram(gc, style, axis, counts, h);
    }

    private void paintTitle(GraphicsContext gc, TimelineStyle style, double column, double h) {
        gc.setFill(style.mutedText());
        gc.setFont(Font.font(style.font().getFamily(), FontWeight.NORMAL, style.font().getSize() - 1));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(title.get(), 10, h / 2, Math.max(0, column - 16));
    }

    private void paintHistogram(GraphicsContext gc, TimelineStyle style, Axis axis, OverviewDensity counts,
                                double h) {
        if (counts.max() == 0) {
            return;
        }
        double floor = h - PAD;
        double room = h - 2 * PAD - 2;
        // Lighter than the timeline's own density strips: the strip is context, the timeline is the subject.
        gc.setFill(style.density().deriveColor(0, 1, 1, 0.6));
        int columns = (int) Math.ceil(axis.right - axis.left);
        for (int c = 0; c < columns; c++) {
            double from = c / (axis.right - axis.left);
            double to = (c + 1) / (axis.right - axis.left);
            int peak = counts.peak(from, to);
            if (peak > 0) {
                // At least 2 px, so a lone meeting in a busy week still shows.
                double bar = Math.max(2, room * peak / counts.max());
                gc.fillRect(axis.left + c, floor - bar, 1, bar);
            }
        }
    }

    private void paintBox(GraphicsContext gc, TimelineStyle style, Axis axis, double h) {
        TimeWindow window = view.visibleWindow();
        double x0 = Math.max(axis.left, axis.x(window.start()));
        double x1 = Math.min(axis.right, axis.x(window.end()));
        Color accent = style.accent();
        gc.setFill(accent.deriveColor(0, 1, 1, 0.14));
        gc.fillRect(x0, 1, x1 - x0, h - 2);
        // The outline and the grips as rectangles: under software rendering a stroke is a path, many times dearer,
        // and the box is redrawn every frame of a pan.
        gc.setFill(accent);
        double line = isFocused() ? 2 : 1.5;
        double left = x0 + 1 - line / 2;
        double width = Math.max(0, x1 - x0 - 2) + line;
        gc.fillRect(left, 2 - line / 2, width, line);
        gc.fillRect(left, h - 2 - line / 2, width, line);
        gc.fillRect(left, 2 + line / 2, line, h - 4 - line);
        gc.fillRect(left + width - line, 2 + line / 2, line, h - 4 - line);
        // Grips on both edges say they can be dragged.
        double mid = h / 2;
        gc.fillRect(x0, mid - 7, 2, 14);
        gc.fillRect(x1 - 2, mid - 7, 2, 14);
    }

    private OverviewDensity density(Axis axis) {
        TimelineData<?> data = view.getData();
        if (density == null || !density.isFor(data, axis.extent)) {
            density = OverviewDensity.of(data, axis.extent);
        }
        return density;
    }

    // ---- Geometry --------------------------------------------------------------------------------------

    /**
     * The whole extent laid along the timeline's own axis: its left edge is where the timeline draws the visible
     * start, its right edge where it draws the visible end. Null before the timeline's first layout.
     */
    private Axis axis() {
        TimeWindow window = view.visibleWindow();
        OptionalDouble left = view.xOf(Instant.ofEpochMilli(window.start()));
        OptionalDouble right = view.xOf(Instant.ofEpochMilli(window.end()));
        if (left.isEmpty() || right.isEmpty() || right.getAsDouble() - left.getAsDouble() < 1) {
            return null;
        }
        return new Axis(left.getAsDouble(), right.getAsDouble(), view.extent());
    }

    private record Axis(double left, double right, TimeWindow extent) {
        double x(long time) {
            return left + (time - extent.start()) * (right - left) / extent.span();
        }

        long time(double x) {
            return extent.start() + Math.round((x - left) / (right - left) * extent.span());
        }
    }

    // ---- Input -----------------------------------------------------------------------------------------

    private Drag dragAt(double x) {
        double[] edges = boxEdges();
        if (edges.length == 0) {
            return Drag.NONE;
        }
        if (Math.abs(x - edges[0]) <= EDGE_GRAB) {
            return Drag.START_EDGE;
        }
        if (Math.abs(x - edges[1]) <= EDGE_GRAB) {
            return Drag.END_EDGE;
        }
        return x > edges[0] && x < edges[1] ? Drag.MOVE : Drag.NONE;
    }

    private Cursor cursorAt(double x) {
        return switch (dragAt(x)) {
            case START_EDGE, END_EDGE -> Cursor.H_RESIZE;
            case MOVE -> Cursor.MOVE;
            case NONE -> Cursor.DEFAULT;
        };
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        Axis axis = axis();
        if (axis == null || e.getX() < axis.left) {
            return;
        }
        drag = dragAt(e.getX());
        TimeWindow window = view.visibleWindow();
        long at = axis.time(e.getX());
        if (drag == Drag.NONE) {
            // Outside the box: centre the view there, then let the same press go on dragging it.
            long start = at - window.span() / 2;
            show(new TimeWindow(start, start + window.span()).within(axis.extent));
            window = view.visibleWindow();
            drag = Drag.MOVE;
        }
        grabOffset = at - window.start();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        Axis axis = axis();
        if (axis == null || drag == Drag.NONE) {
            return;
        }
        TimeWindow window = view.visibleWindow();
        long at = Math.max(axis.extent.start(), Math.min(axis.extent.end(), axis.time(e.getX())));
        long min = TimelineView.MIN_VISIBLE_SPAN.toMillis();
        switch (drag) {
            case MOVE -> {
                long start = at - grabOffset;
                show(new TimeWindow(start, start + window.span()).within(axis.extent));
            }
            case START_EDGE -> show(new TimeWindow(Math.min(at, window.end() - min), window.end()));
            case END_EDGE -> show(new TimeWindow(window.start(), Math.max(at, window.start() + min)));
            case NONE -> {
                return;
            }
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> view.panBy(-PAN_STEP);
            case RIGHT -> view.panBy(PAN_STEP);
            case PLUS, EQUALS, ADD -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case HOME -> view.fitAll();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void show(TimeWindow window) {
        view.setVisibleRange(Instant.ofEpochMilli(window.start()), Instant.ofEpochMilli(window.end()));
    }
}
