package org.ammreader.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/**
 * The JavaFX toolkit of the benchmark's own process: Monocle's headless platform with software rendering, as the
 * tests use (the pom's argLine sets the same properties; they are repeated here so that the harness also runs
 * from an IDE).
 */
final class HeadlessFx {

    private HeadlessFx() {
    }

    static void start() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        // Monocle's default 1280×800 screen cannot hold a 1600×900 window (BufferOverflowException).
        setIfAbsent("headless.geometry", "1920x1200-32");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await();
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

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
