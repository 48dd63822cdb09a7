package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a large model from the window: the status bar shows how much of the file has been read, with a Cancel
 * button; cancelling keeps the week on screen and says so.
 */
class MainWindowOpenProgressTest extends MainWindowFixture {

    /** The largest synthetic model (about 100 MB): it takes seconds to read, long enough to watch and cancel. */
    private static Path large;

    @BeforeAll
    static void writeTheLargeModel() throws IOException {
        large = folder.resolve("large.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(large))) {
            new SyntheticModel(SyntheticModel.MAX_MEETINGS).write(out);
        }
    }

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static ProgressBar bar(FxRobot robot) {
        return robot.lookup(".open-progress").queryAs(ProgressBar.class);
    }

    @Test
    void theBarFollowsTheReadingAndCancelKeepsTheWeek(FxRobot robot) throws Exception {
        filesToChoose.add(large);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar(robot).isVisible() && bar(robot).getProgress() > 0);
        double first = bar(robot).getProgress();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar(robot).getProgress() > first);
        assertTrue(bar(robot).getProgress() < 1, "the reading is still under way: " + bar(robot).getProgress());
        assertTrue(robot.lookup(".status-text").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().equals("Reading the model…")));

        robot.clickOn(robot.lookup(".open-cancel").queryAs(Button.class));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar(robot).isVisible());
        assertFalse(robot.lookup(".open-cancel").queryAs(Button.class).isVisible());
        assertEquals("Opening large.json cancelled; " + ModelLoader.BUNDLED_NAME + " is still shown.",
                text(robot, ".status-notice"));
        assertTrue(text(robot, ".status-text").startsWith(ModelLoader.BUNDLED_NAME), text(robot, ".status-text"));
        assertEquals(bundled, viewModel.modelProperty().get());
        assertTrue(viewModel.recentModels().isEmpty() || !viewModel.recentModels().get(0).endsWith("large.json"));
    }
}
