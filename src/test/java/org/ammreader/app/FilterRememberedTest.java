package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application as a user starts it, twice, with the same settings folder: the areas chosen for the week are
 * the ones the next start shows it with.
 */
class FilterRememberedTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
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
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        FxToolkit.setupStage(s -> s.setOnCloseRequest(null));
    }

    private Application start() throws TimeoutException {
        FxToolkit.setupStage(s -> s.setScene(null));
        Application application = FxToolkit.setupApplication(AmmReaderApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().lookup(".timeline-view") != null && stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return application;
    }

    private String savedSettings() throws Exception {
        Path file = folder.resolve("config").resolve("settings.json");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private Set<String> chipsOn() {
        return robot.from(stage.getScene().getRoot()).lookup(".area-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(chip -> (String) chip.getUserData()).collect(Collectors.toSet());
    }

    private String status() {
        return robot.from(stage.getScene().getRoot()).lookup(".status-text").queryLabeled().getText();
    }

    @Test
    void theAreasChosenForAModelAreTheOnesItOpensWithAfterARestart() throws Exception {
        Application first = start();
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "maritime".equals(n.getUserData())).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().contains("maritime"));
        String statusBefore = status();
        FxToolkit.cleanupApplication(first);

        Application second = start();
        robot.clickOn(".area-filter-button");
        assertEquals(Set.of("maritime"), chipsOn(), "the chips on after the restart");
        assertEquals(statusBefore, status(), "the status bar counts the same meetings");
        FxToolkit.cleanupApplication(second);
    }
}
