package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The undo history on a counter: what undo and redo put back, what they are named, and what is forgotten. */
class UndoHistoryTest {

    private final AtomicInteger value = new AtomicInteger();

    /** Sets the counter to {@code now} as a user's change, recorded in {@code history}. */
    private void change(UndoHistory history, String what, int now) {
        int old = value.getAndSet(now);
        history.record(new UndoHistory.Step(what, () -> value.set(old), () -> value.set(now)));
    }

    @Test
    void undoAndRedoWalkTheChangesBackAndForthAndNameThem() {
        UndoHistory history = new UndoHistory();
        assertNull(history.nextUndoProperty().get());
        change(history, "filter", 1);
        change(history, "selection", 2);
        assertEquals("selection", history.nextUndoProperty().get());
        history.undo();
        assertEquals(1, value.get());
        assertEquals("filter", history.nextUndoProperty().get());
        assertEquals("selection", history.nextRedoProperty().get());
        history.undo();
        assertEquals(0, value.get());
        assertNull(history.nextUndoProperty().get());
        history.undo();
        assertEquals(0, value.get(), "nothing left to undo changes nothing");
        history.redo();
        history.redo();
        assertEquals(2, value.get());
        assertNull(history.nextRedoProperty().get());
    }

    @Test
    void aNewChangeAfterAnUndoForgetsWhatCouldBeRedone() {
        UndoHistory history = new UndoHistory();
        change(history, "filter", 1);
        history.undo();
        change(history, "search", 5);
        assertNull(history.nextRedoProperty().get());
        history.redo();
        assertEquals(5, value.get());
    }

    @Test
    void whatUndoChangesIsNotRecordedAsANewStep() {
        UndoHistory history = new UndoHistory();
        int[] steps = {0};
        history.record(new UndoHistory.Step("filter", () -> {
            steps[0]++;
            change(history, "filter", 9);
        }, () -> { }));
        history.undo();
        assertEquals(1, steps[0]);
        assertNull(history.nextUndoProperty().get(), "the undo's own change is no step");
        assertEquals("filter", history.nextRedoProperty().get());
    }

    @Test
    void onlyTheLatestStepsAreKeptAndClearForgetsThemAll() {
        UndoHistory history = new UndoHistory(3);
        for (int i = 1; i <= 5; i++) {
            change(history, "filter", i);
        }
        for (int i = 0; i < 5; i++) {
            history.undo();
        }
        assertEquals(2, value.get(), "three steps back from 5, no further");
        history.redo();
        history.clear();
        assertNull(history.nextUndoProperty().get());
        assertNull(history.nextRedoProperty().get());
    }
}
