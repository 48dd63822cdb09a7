package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.settings.Settings;
import org.ammreader.settings.SettingsStore;
import org.ammreader.settings.SplitPositions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dividers as a settings file left them: read from a settings folder, they stand where the file says in each
 * layout; moved by the user, they are what the window hands back to be saved, and the file then holds them.
 */
class MainWindowDividersTest extends MainWindowFixture {

    private static final SplitPositions SAVED = new SplitPositions(0.5, 0.6, 0.3);

    private SettingsStore store;
    private Settings settings;
    private MainWindow window;

    @Start
    void start(Stage stage) throws ModelException, IOException {
        Path file = Files.createTempDirectory(folder, "settings").resolve("settings.json");
        Files.writeString(file, """
                {"uiLanguage": "en", "windowWidth": 1280.0, "windowHeight": 800.0,
                 "dividers": {"timelineHeight": 0.5, "timelineWidth": 0.6, "readingTimelineHeight": 0.3}}
                """);
        store = new SettingsStore(file, JsonMappers.create());
        settings = store.load(Settings.defaults("en")).settings();
        // As the application does: the window gets the dividers of the settings read at start-up.
        dividers = settings.dividers();
        window = window(stage, "en");
        window.show(Messages.forLanguage("en"), settings.windowWidth(), settings.windowHeight());
    }

    private static SplitPane split(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(SplitPane.class);
    }

    /** The share of the split's height the timeline and its details take on screen, divider excluded. */
    private static double timelineShareOfHeight(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(".timeline-split").queryAs(Region.class).getHeight()
                        / split(robot, ".main-split").getHeight()));
    }

    /** The share of the width the timeline takes beside the detail pane, on screen. */
    private static double timelineShareOfWidth(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(".timeline-home").queryAs(Region.class).getWidth()
                        / split(robot, ".timeline-split").getWidth()));
    }

    private static void waitForShare(FxRobot robot, double share) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(timelineShareOfHeight(robot) - share) < 0.02);
        } catch (TimeoutException e) {
            throw new AssertionError("the timeline takes " + timelineShareOfHeight(robot) + " of the height, not "
                    + share, e);
        }
    }

    @Test
    void theDividersStandWhereTheSettingsFileLeftThemInBothLayouts(FxRobot robot) throws TimeoutException {
        assertEquals(SAVED, settings.dividers());
        waitForShare(robot, 0.5);
        assertEquals(0.6, timelineShareOfWidth(robot), 0.02);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForShare(robot, 0.3);
        assertTrue(robot.lookup(".reader").queryAs(Region.class).getHeight() > 300, "the reader below the strip");

        robot.type(KeyCode.ESCAPE);
        waitForShare(robot, 0.5);
        assertEquals(0.6, timelineShareOfWidth(robot), 0.02);
    }

    @Test
    void dividersTheUserMovesAreSavedAndReadBack(FxRobot robot) throws TimeoutException, IOException {
        waitForShare(robot, 0.5);
        Node divider = robot.lookup(".main-split > .split-pane-divider").query();
        robot.drag(divider).moveBy(0, 80).release(MouseButton.PRIMARY);
        double normal = timelineShareOfHeight(robot);
        assertTrue(normal > 0.55, "dragged down: " + normal);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForShare(robot, 0.3);
        robot.drag(divider).moveBy(0, -100).release(MouseButton.PRIMARY);
        double reading = timelineShareOfHeight(robot);
        assertTrue(reading < 0.25, "dragged up: " + reading);

        robot.type(KeyCode.ESCAPE);
        waitForShare(robot, normal);
        SplitPositions moved = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(window::dividers));
        assertEquals(normal, moved.timelineHeight(), 0.02);
        assertEquals(reading, moved.readingTimelineHeight(), 0.02);
        assertEquals(0.6, moved.timelineWidth(), 0.02);

        // As the application does when the window closes; the next start reads them back.
        store.save(settings.withDividers(moved));
        assertEquals(new SettingsStore.Loaded(settings.withDividers(moved), Optional.empty()),
                store.load(Settings.defaults("en")));
    }
}
