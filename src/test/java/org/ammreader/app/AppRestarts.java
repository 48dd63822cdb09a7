package org.ammreader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For tests of the application started as a user starts it, again and again, with its settings and data in a
 * folder of the test's own; the stage and handlers are left as other tests expect them afterwards.
 */
abstract class AppRestarts {

    @TempDir
    Path folder;

    final FxRobot robot = new FxRobot();
    Stage stage;
    private Thread.UncaughtExceptionHandler handlerBefore;

    @BeforeEach
    void pointTheApplicationAtAFolderOfItsOwn() throws TimeoutException {
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        System.setProperty("ammreader.configDir", folder.resolve("config").toString());
        System.setProperty("ammreader.dataDir", folder.resolve("data").toString());
        stage = FxToolkit.registerPrimaryStage();
    }

    /** A start with {@code args} as on the command line, in a window of its own; returns once the timeline shows. */
    Application start(String... args) throws TimeoutException {
        FxToolkit.setupStage(s -> s.setScene(null));
        Application application = FxToolkit.setupApplication(AmmReaderApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().lookup(".timeline-view") != null && stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return application;
    }

    /** The settings file as the application last wrote it; empty before it wrote one. */
    String savedSettings() throws Exception {
        Path file = folder.resolve("config").resolve("settings.json");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @AfterEach
    void leaveTheStageAsOtherTestsExpectIt() throws TimeoutException {
        System.clearProperty("ammreader.configDir");
        System.clearProperty("ammreader.dataDir");
        // The application installs its crash reporter and its close handler: neither may outlive the test.
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        FxToolkit.setupStage(s -> s.setOnCloseRequest(null));
    }
}
