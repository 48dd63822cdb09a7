package org.ammreader.bench;

import javafx.application.Application;

/** The minimal window's entry point: a plain class, as the application's Launcher is (see ADR 0001). */
public final class MinimalLauncher {

    private MinimalLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(MinimalWindow.class, args);
    }
}
