package org.ammreader.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    /** One frame: the whole of it, and the part on the JavaFX thread up to the end of layout. */
    record Frame(double totalMs, double layoutMs) {
    }

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

    private static final class Sampler extends AnimationTimer {
        private final int warmup;
        private final int count;
        private final Runnable change;
        private final long[] layoutEnd;
        private final CompletableFuture<List<Frame>> done;
        private final List<Frame> frames = new ArrayList<>();
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
                waiting = false;
                if (made++ >= warmup) {
                    frames.add(new Frame((end - start) / 1e6, (Math.max(layoutEnd[0], start) - start) / 1e6));
                }
                if (frames.size() == count) {
                    stop();
                    done.complete(frames);
                }
            });
        }
    }
}
