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

/** The application as a user starts it, as often as a test restarts it, with a settings folder of its own. */
abstract class RestartFixture {

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

    @AfterEach
    void leaveTheStageAsOtherTestsExpectIt() throws TimeoutException {
        System.clearProperty("ammreader.configDir");
        System.clearProperty("ammreader.dataDir");
        // The application installs its crash reporter and its close handler: neither may outlive this test.
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        FxToolkit.setupStage(s -> s.setOnCloseRequest(null));
    }

    /** A start of the application in a window of its own, as after a restart; returns once the timeline shows. */
    Application start() throws TimeoutException {
        FxToolkit.setupStage(s -> s.setScene(null));
        Application application = FxToolkit.setupApplication(AmmReaderApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().lookup(".timeline-view") != null && stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return application;
    }

    String savedSettings() throws Exception {
        Path file = folder.resolve("config").resolve("settings.json");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
