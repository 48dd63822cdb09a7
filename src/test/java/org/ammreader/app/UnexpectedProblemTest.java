package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.ui.FxDialogService;
import org.ammreader.ui.theme.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught, on the JavaFX thread: logged, told once without blocking, and the app goes on. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedProblemTest {

    @TempDir
    Path folder;

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private int clicks;

    @Start
    void start(Stage stage) {
        Button button = new Button("Still working");
        button.setOnAction(e -> clicks++);
        stage.setScene(new Scene(new StackPane(button), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void isLoggedShownOnceWithItsDetailsAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
        Path log = folder.resolve("amm-reader.log");
        Stage stage = (Stage) robot.lookup("Still working").query().getScene().getWindow();
        new CrashReporter(log, (details, where) -> Platform.runLater(() ->
                new FxDialogService(Messages.forLanguage("en"), new Appearance(ThemeChoice.LIGHT, Optional::empty))
                        .showCrashReport(stage, details, where))).install();

        Platform.runLater(() -> {
            throw new IllegalStateException("a bad frame");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Copy details").tryQuery()
                .filter(button -> button.getScene().getWindow().isShowing()
                        && !Double.isNaN(button.localToScreen(button.getLayoutBounds()).getMinX()))
                .isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Something went wrong, and AMM Reader carried on.", pane.getHeaderText());
        assertTrue(pane.getContentText().contains(log.toString()), pane.getContentText());
        assertTrue(Files.readString(log).contains("IllegalStateException: a bad frame"));

        robot.clickOn("Copy details");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains("java.lang.IllegalStateException: a bad frame"), copied);

        Platform.runLater(() -> {
            throw new IllegalStateException("another bad frame");
        });
        waitForLogged(log, "another bad frame");
        assertEquals(1, robot.lookup(".dialog-pane").queryAll().size(), "told once, not once per problem");

        robot.clickOn("Close");
        robot.clickOn("Still working");
        assertEquals(1, clicks);
    }

    private static void waitForLogged(Path log, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(log).contains(text));
    }
}
