package org.ammreader.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.ammreader.viewmodel.BackgroundWork;

/**
 * The application's background: daemon threads, made as work comes (a PNG export does not hold up a model being
 * read), whose outcomes come back on the JavaFX thread. The only place the application starts threads once
 * JavaFX runs (ArchitectureTest).
 */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {

    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "amm-reader-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        threads.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable step) {
        Platform.runLater(step);
    }

    /** Stops the work still running: the application is closing. */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
