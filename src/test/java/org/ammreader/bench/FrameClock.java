package org.ammreader.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * Times frames the way a user waits for them. At the start of a pulse (an {@link AnimationTimer} runs before the
 * pulse's CSS and layout) it makes one change — a pan step, a zoom step, a filter — then times until the frame
 * that shows it has been rendered: CSS, layout (where the timeline paints its canvas), the copy to the render
 * graph, and the software rendering of the scene on the render thread. JavaFX renders asynchronously, so the end
 * is found with a fence: a 1×1 snapshot, which the single render thread runs only after the pulse's frame.
 * The wait for the next pulse (up to 16.7 ms of vsync) is not counted: the change is made when the pulse starts.
 */
final class FrameClock {

    /**
     * One frame: the whole of it, the part on the JavaFX thread up to the end of layout, and the processor time the
     * JavaFX thread and the render thread spent on it — what a frame costs, which a loaded machine disturbs less
     * than the wall-clock times.
     */
    record Frame(double totalMs, double layoutMs, double fxCpuMs, double renderCpuMs) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final Rectangle FENCE = new Rectangle(1, 1);

    private FrameClock() {
    }

    /** Makes {@code warmup + count} changes, one per frame, and returns the last {@code count} frames. */
    static List<Frame> sample(Scene scene, int warmup, int count, Runnable change) throws Exception {
        CompletableFuture<List<Frame>> done = new CompletableFuture<>();
        long[] layoutEnd = new long[1];
        Runnable afterLayout = () -> layoutEnd[0] = System.nanoTime();
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(afterLayout);
            new Sampler(warmup, count, change, layoutEnd, done).start();
        });
        try {
            return done.get(10, TimeUnit.MINUTES);
        } finally {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout));
        }
    }

    /** Waits until everything the render thread was given so far has been rendered. Call on the JavaFX thread. */
    static void awaitRendering() {
        FENCE.snapshot(null, null);
    }

    /** The processor time of the render thread so far, in nanoseconds; -1 if it cannot be found. */
    private static long renderCpuNanos(long[] renderThread) {
        if (renderThread[0] == 0) {
            renderThread[0] = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                    .orElse(-1);
        }
        return renderThread[0] < 0 ? -1 : THREADS.getThreadCpuTime(renderThread[0]);
    }

    private static final class Sampler extends AnimationTimer {
        private final int warmup;
        private final int count;
        private final Runnable change;
        private final long[] layoutEnd;
        private final CompletableFuture<List<Frame>> done;
        private final List<Frame> frames = new ArrayList<>();
        private final long[] renderThread = new long[1];
        private int made;
        private boolean waiting;

        Sampler(int warmup, int count, Runnable change, long[] layoutEnd, CompletableFuture<List<Frame>> done) {
            this.warmup = warmup;
            this.count = count;
            this.change = change;
            this.layoutEnd = layoutEnd;
            this.done = done;
        }

        @Override
        public void handle(long now) {
            if (waiting) {
                return;
            }
            long start = System.nanoTime();
            long fxStart = THREADS.getCurrentThreadCpuTime();
            long renderStart = renderCpuNanos(renderThread);
            try {
                change.run();
            } catch (RuntimeException e) {
                stop();
                done.completeExceptionally(e);
                return;
            }
            waiting = true;
            // Runs after this pulse, which has by then handed its frame to the render thread.
            Platform.runLater(() -> {
                awaitRendering();
                long end = System.nanoTime();
                long fxCpu = THREADS.getCurrentThreadCpuTime() - fxStart;
                long renderCpu = renderCpuNanos(renderThread) - renderStart;
                waiting = false;
                if (made++ >= warmup) {
                    frames.add(new Frame((end - start) / 1e6, (Math.max(layoutEnd[0], start) - start) / 1e6,
                            fxCpu / 1e6, renderCpu / 1e6));
                }
                if (frames.size() == count) {
                    stop();
                    done.complete(frames);
                }
            });
        }
    }
}
