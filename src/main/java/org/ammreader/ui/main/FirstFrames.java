package org.ammreader.ui.main;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * Runs something once a newly shown scene has rendered its first frames, for work that should not delay them.
 * A frame is known to be rendered by a 1×1 snapshot after its pulse: JavaFX renders on a single thread, which takes
 * the snapshot only after the frames before it. Two frames, because a window shown on Linux (GTK) is painted from
 * its second frame on: the first one is rendered before the window is exposed (measured: the first visible pixels
 * came 20 ms after the second frame, none after the first).
 */
final class FirstFrames {

    private static final int FRAMES = 2;

    private FirstFrames() {
    }

    static void then(Scene scene, Runnable action) {
        int[] left = {FRAMES};
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
    }
}
