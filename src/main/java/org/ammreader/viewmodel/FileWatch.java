package org.ammreader.viewmodel;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one file for saves, through its folder (an editor that writes a new file and renames it over the old
 * one replaces the file, which a watch on the file itself would lose). The events of one save come in a burst —
 * the editor's temporary file created, written, renamed — so a change is reported once the file has been quiet for
 * {@link #QUIET_MILLIS}: one report per save (docs/adr/0018). The waiting runs through {@link BackgroundWork};
 * reports come on the UI thread, until {@link #close()}.
 */
public final class FileWatch implements AutoCloseable {

    /** What became of the file once it was quiet. */
    public enum Change { SAVED, GONE }

    /** How long the file must stay quiet before a save is reported: well within the second a reload may take. */
    static final long QUIET_MILLIS = 200;
    /** The longest a burst of events may delay the report, for a file written again and again. */
    private static final long LONGEST_WAIT_MILLIS = 800;

    private final Path file;
    private final WatchService service;
    private final BackgroundWork background;
    private final Consumer<Change> onChange;
    private volatile boolean closed;

    private FileWatch(Path file, WatchService service, BackgroundWork background, Consumer<Change> onChange) {
        this.file = file;
        this.service = service;
        this.background = background;
        this.onChange = onChange;
    }

    /**
     * Starts watching {@code file}; {@code onChange} runs on the UI thread after each save or removal.
     *
     * @throws IOException when the folder cannot be watched (then the file is simply not followed)
     */
    public static FileWatch start(Path file, BackgroundWork background, Consumer<Change> onChange) throws IOException {
        Path absolute = file.toAbsolutePath();
        WatchService service = FileSystems.getDefault().newWatchService();
        try {
            absolute.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        FileWatch watch = new FileWatch(absolute, service, background, onChange);
        watch.awaitNext();
        return watch;
    }

    public Path file() {
        return file;
    }

    private void awaitNext() {
        background.run(this::nextChange, change -> {
            if (!closed) {
                onChange.accept(change);
                awaitNext();
            }
        }, failure -> {
            if (!closed && !(failure instanceof ClosedWatchServiceException)
                    && !(failure instanceof InterruptedException)) {
                throw new IllegalStateException("watching " + file + " failed", failure);
            }
        });
    }

    /** Blocks until the file has changed and then stayed quiet. Events queue in the service between two calls. */
    private Change nextChange() throws InterruptedException {
        while (!concernsFile(service.take())) {
            // Another file of the folder: keep waiting.
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)
                && System.nanoTime() < deadline) {
            WatchKey key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            if (key != null && concernsFile(key)) {
                quietSince = System.nanoTime();
            }
        }
        return Files.exists(file) ? Change.SAVED : Change.GONE;
    }

    private boolean concernsFile(WatchKey key) {
        boolean concerns = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            concerns |= event.kind() == StandardWatchEventKinds.OVERFLOW || file.getFileName().equals(event.context());
        }
        key.reset();
        return concerns;
    }

    /** Stops watching; no report comes after this. */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // Closing a watch service only releases its handle; there is nothing left to do about a failure.
        }
    }
}
