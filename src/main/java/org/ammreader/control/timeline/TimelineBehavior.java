package org.ammreader.control.timeline;

import java.time.Instant;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Turns input into calls on the control's public methods: keys on the control, pointer input on the
 * drawing (so dragging a scroll bar's thumb never also pans). Hovering only changes the tooltip: it
 * never causes a repaint.
 */
final class TimelineBehavior<T> {

    /** Zoom per wheel notch with Ctrl (JavaFX reports 40 px per notch). */
    private static final double WHEEL_ZOOM_PER_NOTCH = 1.25;
    private static final double WHEEL_NOTCH = 40;
    /** Shift+Left/Right pan by this fraction of the visible span. */
    private static final double KEY_PAN = 0.2;
    /** A press that moves less than this is a click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;

    private final TimelineView<T> view;
    private final TimelineSkin<T> skin;
    private final Node surface;
    private final Tooltip tooltip = new Tooltip();
    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private final EventHandler<MouseEvent> onPress = this::mousePressed;
    private final EventHandler<MouseEvent> onDrag = this::mouseDragged;
    private final EventHandler<MouseEvent> onRelease = this::mouseReleased;
    private final EventHandler<MouseEvent> onMove = this::mouseMoved;
    private final EventHandler<MouseEvent> onExit = e -> hover(null);
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;
    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private T hovered;
    private boolean tooltipInstalled;

    TimelineBehavior(TimelineView<T> view, TimelineSkin<T> skin, Node surface) {
        this.view = view;
        this.skin = skin;
        this.surface = surface;
        view.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        surface.addEventHandler(ScrollEvent.SCROLL, onScroll);
        surface.addEventHandler(ZoomEvent.ZOOM, onZoom);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        remove(MouseEvent.MOUSE_PRESSED, onPress);
        remove(MouseEvent.MOUSE_DRAGGED, onDrag);
        remove(MouseEvent.MOUSE_RELEASED, onRelease);
        remove(MouseEvent.MOUSE_MOVED, onMove);
        remove(MouseEvent.MOUSE_EXITED, onExit);
        surface.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        surface.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        Tooltip.uninstall(surface, tooltip);
    }

    private void remove(EventType<MouseEvent> type, EventHandler<MouseEvent> handler) {
        surface.removeEventHandler(type, handler);
    }

    private void keyPressed(KeyEvent e) {
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> {
                if (e.isShiftDown()) {
                    view.panBy(-KEY_PAN);
                } else {
                    view.selectPrevious();
                }
            }
            case RIGHT, KP_RIGHT -> {
                if (e.isShiftDown()) {
                    view.panBy(KEY_PAN);
                } else {
                    view.selectNext();
                }
            }
            case UP, KP_UP -> view.selectLaneAbove();
            case DOWN, KP_DOWN -> view.selectLaneBelow();
            case PAGE_UP -> view.panByDays(-1);
            case PAGE_DOWN -> view.panByDays(1);
            case HOME -> view.selectFirst();
            case END -> view.selectLast();
            case PLUS, EQUALS, ADD -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case ESCAPE -> {
                // Leave Escape to the window (e.g. to close a dialog) when there is nothing to clear.
                handled = view.getSelectedItem() != null;
                view.setSelectedItem(null);
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void mousePressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        panPixels(lastDragX - e.getX());
        lastDragX = e.getX();
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !dragging && !skin.overLaneColumn(e.getX())) {
            view.setSelectedItem(skin.itemAt(e.getX(), e.getY()));
            e.consume();
        }
        dragging = false;
    }

    private void mouseMoved(MouseEvent e) {
        hover(skin.itemAt(e.getX(), e.getY()));
    }

    private void hover(T item) {
        if (item == hovered) {
            return;
        }
        hovered = item;
        TimelineAdapter<T> adapter = view.getAdapter();
        boolean show = item != null && adapter != null;
        if (show) {
            tooltip.setText(adapter.tooltip(item));
        }
        // Installed only while over an item: an installed tooltip would also show over empty space.
        if (show && !tooltipInstalled) {
            Tooltip.install(surface, tooltip);
        } else if (!show && tooltipInstalled) {
            Tooltip.uninstall(surface, tooltip);
        }
        tooltipInstalled = show;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            Instant pivot = skin.timeAt(e.getX());
            if (pivot != null && e.getDeltaY() != 0) {
                view.zoomBy(Math.pow(WHEEL_ZOOM_PER_NOTCH, e.getDeltaY() / WHEEL_NOTCH), pivot);
            }
        } else if (skin.overLaneColumn(e.getX())) {
            skin.scrollLanesBy(-e.getDeltaY());
        } else {
            // Vertical wheel, Shift+wheel (reported as horizontal) and trackpad sideways scrolls all pan.
            double delta = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? e.getDeltaX() : e.getDeltaY();
            panPixels(-delta);
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        Instant pivot = skin.timeAt(e.getX());
        if (pivot != null && e.getZoomFactor() > 0) {
            view.zoomBy(e.getZoomFactor(), pivot);
        }
        e.consume();
    }

    private void panPixels(double dx) {
        double msPerPx = skin.msPerPx();
        if (msPerPx > 0 && dx != 0) {
            TimeWindow window = view.visibleWindow();
            view.panBy(dx * msPerPx / window.span());
        }
    }
}
