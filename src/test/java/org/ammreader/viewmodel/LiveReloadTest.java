package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.io.Problem;
import org.ammreader.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save of the open model's file does, with a reader that answers as the test says: a save read while half
 * written is read once more; a save still invalid then keeps the last good model and lists its problems.
 */
class LiveReloadTest {

    @TempDir
    Path folder;

    /** The view-model's thread, as the JavaFX thread is in the application. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final ExecutorService work = Executors.newCachedThreadPool();
    private final BackgroundWork background = new BackgroundWork() {
        @Override
        public <T> void run(Callable<T> job, Consumer<? super T> done, Consumer<? super Exception> failed) {
            work.execute(() -> {
                try {
                    T result = job.call();
                    ui.execute(() -> done.accept(result));
                } catch (Exception e) {
                    if (!ui.isShutdown()) {
                        ui.execute(() -> failed.accept(e));
                    }
                }
            });
        }
    };
    /** What each reading of the file gives, in turn: a model, or the problems to throw. */
    private final Deque<Object> readings = new ArrayDeque<>();
    private final AtomicInteger reads = new AtomicInteger();
    private Model model;
    private MainViewModel viewModel;

    @BeforeEach
    void openTheFile() throws Exception {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
        viewModel = new MainViewModel(Messages.forLanguage("en"), (file, progress) -> {
            reads.incrementAndGet();
            Object next = readings.poll();
            if (next instanceof ModelException problems) {
                throw problems;
            }
            return (Model) next;
        }, background);
        Path file = Files.writeString(folder.resolve("week.json"), "{}");
        readings.add(model);
        ui.submit(() -> viewModel.open(file, problems -> { })).get();
        waitUntil(() -> viewModel.modelProperty().get() == model);
    }

    @AfterEach
    void stop() throws Exception {
        ui.submit(viewModel::stopWatching).get();
        ui.shutdownNow();
        work.shutdownNow();
    }

    private static ModelException halfWritten() {
        return new ModelException("week.json", ModelException.Kind.INVALID,
                List.of(Problem.located("", 120, 1, "syntax.eof", "an object")));
    }

    /** Polls {@code condition} on the view-model's thread until it holds, for ten seconds at most. */
    private void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!ui.submit(condition::getAsBoolean).get()) {
            assertTrue(System.nanoTime() < deadline, "the condition did not come true in time");
            Thread.onSpinWait();
        }
    }

    @Test
    void aHalfWrittenSaveIsReadOnceMoreAndThenShown() throws Exception {
        Model second = new ModelLoader(JsonMappers.create()).loadBundled();
        readings.add(halfWritten());
        readings.add(second);
        Files.writeString(folder.resolve("week.json"), "{\"format\": ");
        waitUntil(() -> viewModel.modelProperty().get() == second);
        assertEquals(3, reads.get(), "opened, then the half-written save read twice");
        assertNull(viewModel.problemsProperty().get());
        assertEquals("Reloaded week.json",
                ui.submit(() -> viewModel.noticeProperty().get().in(Messages.forLanguage("en"))).get());
    }

    @Test
    void aSaveStillInvalidTheSecondTimeKeepsTheLastGoodModelAndListsItsProblems() throws Exception {
        ModelException stillBroken = halfWritten();
        readings.add(halfWritten());
        readings.add(stillBroken);
        Files.writeString(folder.resolve("week.json"), "{\"format\": ");
        waitUntil(() -> viewModel.problemsProperty().get() != null);
        assertSame(stillBroken, viewModel.problemsProperty().get().exception());
        assertSame(model, viewModel.modelProperty().get());
        assertEquals(3, reads.get());
        assertTrue(ui.submit(() -> viewModel.statusProperty().get()).get().endsWith(" · 1 problem in the file"));
    }

    @Test
    void noSaveIsFollowedOnceAnotherModelIsShown() throws Exception {
        ui.submit(() -> viewModel.show(model, "bundled")).get();
        Files.writeString(folder.resolve("week.json"), "{\"changed\": true}");
        Path other = Files.writeString(folder.resolve("other.json"), "{}");
        Model third = new ModelLoader(JsonMappers.create()).loadBundled();
        Model fourth = new ModelLoader(JsonMappers.create()).loadBundled();
        readings.add(third);
        readings.add(fourth);
        ui.submit(() -> viewModel.open(other, problems -> { })).get();
        waitUntil(() -> viewModel.modelProperty().get() == third);
        // A save of the file now open, written after the first file's: once it is read, a save of the first file,
        // were it still followed, would have been read before it.
        Files.writeString(other, "{\"saved\": true}");
        waitUntil(() -> viewModel.modelProperty().get() == fourth);
        assertEquals(3, reads.get(), "the first file opened, the other opened, the other's save; nothing more");
    }
}
