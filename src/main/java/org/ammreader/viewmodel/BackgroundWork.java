package org.ammreader.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (reading a model, drawing a picture, laying out a sheet, printing) off the UI thread and hands
 * its outcome back on it: the one way the application works in the background. The window is given one
 * ({@code ui.FxBackgroundWork}); a test can give one that runs the work at once, or on an executor of its own.
 */
public interface BackgroundWork {

    /**
     * Runs {@code work} in the background, then, on the UI thread, {@code done} with its result or {@code failed}
     * with what it threw.
     */
    <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed);

    /**
     * Runs {@code step} on the UI thread, soon: how background work tells of its progress while it goes on. Work
     * that runs at once (in tests) is already on that thread.
     */
    default void onUiThread(Runnable step) {
        step.run();
    }
}
