package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The people and delegations filter in a French window with French content: its title, the French spelling of a
 * name, the status in French.
 */
class MainWindowActorFilterFrenchTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage, "fr");
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".status-bar .status-text").queryAs(Label.class).getText();
    }

    @Test
    void aFrenchSpellingFindsLavrovAndTheStatusSaysItInFrench(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.contentLanguageProperty().set("fr"));
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        assertTrue(robot.lookup(".actor-filter .area-filter-title").queryAs(Label.class).getText()
                .startsWith("Personnes et délégations"));
        robot.write("Sergueï");
        String line = robot.lookup(".actor-list .list-cell").queryAs(ListCell.class).getText();
        assertTrue(line.startsWith("Sergueï Lavrov"), line);
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        long count = bundled.meetings().stream().filter(m -> bundled.peopleOf(m).contains("sergey-lavrov")).count();
        assertTrue(count > 0, "Lavrov has meetings in the bundled week");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).contains("Sergueï Lavrov"));
        assertTrue(status(robot).contains(count + " sur " + bundled.meetings().size() + " réunions · Sergueï Lavrov"),
                status(robot));
    }
}
