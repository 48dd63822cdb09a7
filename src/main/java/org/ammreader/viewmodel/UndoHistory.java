package org.ammreader.viewmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The changes a user can take back with Edit → Undo and make again with Edit → Redo: filter, search and view
 * changes of the open model. Each step knows how to go back and forth, and names the kind of change ("filter"),
 * so that the menu says what it undoes in the interface's current language ("Undo filter change"). Bounded: the
 * oldest steps are forgotten first.
 */
public final class UndoHistory {

    /** How many steps are kept: enough for a session's worth of changes, never a growing memory. */
    public static final int LIMIT = 100;

    /**
     * One change: {@code what} names the kind of change, {@code undo} puts back the state before it and
     * {@code redo} the state after it.
     */
    public record Step(String what, Runnable undo, Runnable redo) {
    }

    private final int limit;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<String> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo");
    private final ReadOnlyObjectWrapper<String> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo");
    /** Set while a step is being undone or redone: the changes it makes are not new steps. */
    private boolean replaying;

    public UndoHistory() {
        this(LIMIT);
    }

    UndoHistory(int limit) {
        this.limit = limit;
    }

    /** Records a change the user just made; what was undone before it can no longer be redone. */
    public void record(Step step) {
        if (replaying) {
            return;
        }
        done.push(step);
        if (done.size() > limit) {
            done.removeLast();
        }
        undone.clear();
        publish();
    }

    /** Whether a change under way comes from undo or redo, and so must not be recorded as a new step. */
    public boolean replaying() {
        return replaying;
    }

    /** Takes back the latest change; does nothing when there is none. */
    public void undo() {
        move(done, undone, true);
    }

    /** Makes again the change undone last; does nothing when there is none. */
    public void redo() {
        move(undone, done, false);
    }

    private void move(Deque<Step> from, Deque<Step> to, boolean back) {
        Step step = from.poll();
        if (step == null) {
            return;
        }
        replaying = true;
        try {
            (back ? step.undo() : step.redo()).run();
        } finally {
            replaying = false;
        }
        to.push(step);
        publish();
    }

    /** Forgets every step: another model is open, and the steps were about the previous one. */
    public void clear() {
        done.clear();
        undone.clear();
        publish();
    }

    private void publish() {
        nextUndo.set(done.isEmpty() ? null : done.peek().what());
        nextRedo.set(undone.isEmpty() ? null : undone.peek().what());
    }

    /** The kind of change Undo would take back, or null when there is nothing to undo. */
    public ReadOnlyObjectProperty<String> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** The kind of change Redo would make again, or null when there is nothing to redo. */
    public ReadOnlyObjectProperty<String> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }
}
