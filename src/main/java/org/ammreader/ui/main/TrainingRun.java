package org.ammreader.ui.main;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The build's training run for the start-up cache (docs/adr/0013): the main window already complete, it opens
 * the reader, then the briefing preview, waits until the preview's pages are drawn, and quits through the
 * application, so that the Java runtime records every class these views loaded.
 */
final class TrainingRun {

    private final Stage stage;
    private final MainController controller;
    private final Runnable quit;

    TrainingRun(Stage stage, MainController controller, Runnable quit) {
        this.stage = stage;
        this.controller = controller;
        this.quit = quit;
    }

    void start() {
        controller.showReader();
        FirstFrames.afterNextFrame(stage.getScene(), this::openBriefing);
    }

    private void openBriefing() {
        controller.showBriefing();
        Window.getWindows().stream().filter(window -> window != stage).findFirst()
                .ifPresentOrElse(preview -> quitOncePagesShow(preview.getScene()), quit);
    }

    /** The preview builds its pages on another thread: quit after the first frame that shows one. */
    private void quitOncePagesShow(Scene preview) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (preview.getRoot().lookup(".briefing-page") != null) {
                preview.removePostLayoutPulseListener(listener[0]);
                FirstFrames.afterNextFrame(preview, quit);
            }
        };
        preview.addPostLayoutPulseListener(listener[0]);
    }
}
