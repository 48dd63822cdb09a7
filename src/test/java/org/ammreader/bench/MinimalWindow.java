package org.ammreader.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up measurement: the least a JavaFX program can show, one label in a window the size
 * of the application's first window (1600×1000). Started by {@link MinimalLauncher} from a jar beside the
 * application's, the same way and with the same flags.
 */
public final class MinimalWindow extends Application {

    static final String TITLE = "Minimal JavaFX window";

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1600, 1000));
        stage.show();
    }
}
