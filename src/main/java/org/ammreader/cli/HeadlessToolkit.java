package org.ammreader.cli;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display, for the commands that draw (the PNG export): Monocle's headless platform
 * with software rendering, the same as the tests use (and the benchmark). It must run before anything touches
 * JavaFX.
 */
public final class HeadlessToolkit {

    /** Held so that its level stays set: JavaFX warns about the class path, which is how this jar runs. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private HeadlessToolkit() {
    }

    public static void start() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        JAVAFX_LOG.setLevel(Level.SEVERE);
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await();
    }

    static void stop() {
        Platform.exit();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
