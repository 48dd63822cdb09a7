package org.ammreader.ui.main;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * Runs something once a scene has rendered its next frames, for work that should not delay them or that must
 * know they are on screen. A frame is known to be rendered by a 1×1 snapshot after its pulse: JavaFX renders on a
 * single thread, which takes the snapshot only after the frames before it.
 */
final class FirstFrames {

    /**
     * Two frames for a newly shown window, because a window shown on Linux (GTK) is painted from its second frame
     * on: the first one is rendered before the window is exposed (measured: the first visible pixels came 20 ms
     * after the second frame, none after the first).
     */
    private static final int FIRST_FRAMES = 2;

    private FirstFrames() {
    }

    /** Runs {@code action} once a newly shown {@code scene} is painted. */
    static void then(Scene scene, Runnable action) {
        after(scene, FIRST_FRAMES, action);
    }

    /** Runs {@code action} once the next frame of a scene already on screen is rendered. */
    static void afterNextFrame(Scene scene, Runnable action) {
        after(scene, 1, action);
    }

    private static void after(Scene scene, int frames, Runnable action) {
        int[] left = {frames};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            if (left[0] <= 0) {
                return;
            }
            new Rectangle(1, 1).snapshot(null, null);
            if (--left[0] == 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                action.run();
            } else {
                Platform.requestNextPulse();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
