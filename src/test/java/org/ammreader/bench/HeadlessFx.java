package org.ammreader.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import org.ammreader.cli.HeadlessToolkit;

/**
 * The JavaFX toolkit of the benchmark's own process: the command line's headless toolkit (Monocle, software
 * rendering, as the tests use), on a screen large enough for the benchmark's window.
 */
final class HeadlessFx {

    private HeadlessFx() {
    }

    static void start() throws InterruptedException {
        // Monocle's default 1280×800 screen cannot hold a 1600×900 window (BufferOverflowException).
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        HeadlessToolkit.start();
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }
}
