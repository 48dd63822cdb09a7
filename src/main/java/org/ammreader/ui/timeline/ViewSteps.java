package org.ammreader.ui.timeline;

import java.time.Instant;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.model.Meeting;
import org.ammreader.viewmodel.UndoHistory;

/**
 * Zoom and pan as undo steps, one per gesture or command rather than one per frame: a drag from press to release,
 * a key from press to release (Page Down, Ctrl+=), a wheel notch, a menu command. The range shown before the
 * gesture and after it make the step, named "view". A gesture that also changed the selected meeting is the
 * selection's step: the view only followed it.
 */
final class ViewSteps {

    private final TimelineView<Meeting> view;
    private final UndoHistory history;
    private Instant startBefore;
    private Instant endBefore;
    private Meeting selectedBefore;
    private boolean inGesture;
    /** Whether Undo or Redo moved the view during the gesture (Ctrl+Z is a key too): that is no new step. */
    private boolean replayed;

    ViewSteps(TimelineView<Meeting> view, UndoHistory history) {
        this.view = view;
        this.history = history;
        view.visibleStartProperty().addListener((obs, old, now) -> replayed |= history.replaying());
        view.visibleEndProperty().addListener((obs, old, now) -> replayed |= history.replaying());
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> begin());
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> end());
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> begin());
        view.addEventFilter(KeyEvent.KEY_RELEASED, event -> end());
        view.addEventFilter(ScrollEvent.SCROLL, event -> {
            begin();
            Platform.runLater(this::end);
        });
    }

    /** Runs a command that may zoom or pan (Fit week, Zoom in…) as one step. */
    void asOneStep(Runnable command) {
        begin();
        command.run();
        end();
    }

    private void begin() {
        if (inGesture) {
            return;
        }
        inGesture = true;
        replayed = false;
        startBefore = view.getVisibleStart();
        endBefore = view.getVisibleEnd();
        selectedBefore = view.getSelectedItem();
    }

    private void end() {
        if (!inGesture) {
            return;
        }
        inGesture = false;
        Instant startAfter = view.getVisibleStart();
        Instant endAfter = view.getVisibleEnd();
        boolean moved = !Objects.equals(startBefore, startAfter) || !Objects.equals(endBefore, endAfter);
        boolean followedSelection = view.getSelectedItem() != selectedBefore;
        if (!moved || replayed || followedSelection || startBefore == null || endBefore == null) {
            return;
        }
        Instant start = startBefore;
        Instant end = endBefore;
        history.record(new UndoHistory.Step("view", () -> view.setVisibleRange(start, end),
                () -> view.setVisibleRange(startAfter, endAfter)));
    }
}
