package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The people and delegations a selected meeting names, listed in the detail pane with their role: following one
 * filters to that actor, keeping the areas, and Undo takes it back.
 */
class MainWindowDetailActorsTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".status-bar .status-text").queryAs(Label.class).getText();
    }

    private static Hyperlink link(FxRobot robot, String text) {
        return robot.lookup(".detail-actor-link").match(node -> node instanceof Hyperlink h
                && h.getText().startsWith(text)).queryAs(Hyperlink.class);
    }

    @Test
    void clickingMikePompeoFiltersToHimKeepingTheAreasAndUndoTakesItBack(FxRobot robot) throws TimeoutException {
        AreaFilter areas = AreaFilter.of(List.of(bundled.meeting("asean-us-pmc").orElseThrow().areas().get(0)));
        robot.interact(() -> viewModel.areaFilterProperty().set(areas));
        robot.interact(() -> viewModel.selectMeeting("asean-us-pmc"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".detail-actor-link").tryQuery()
                .isPresent());
        assertEquals("Mike Pompeo (co-chair)", link(robot, "Mike Pompeo").getText());
        assertEquals("Singapore (participant)", link(robot, "Singapore").getText());
        robot.clickOn(link(robot, "Mike Pompeo"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).contains("· Mike Pompeo"));
        assertEquals(Set.of("mike-pompeo"), viewModel.areaFilterProperty().get().actors().chosen());
        assertEquals(areas.selected(), viewModel.areaFilterProperty().get().selected(), "the areas are kept");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !status(robot).contains("Mike Pompeo"));
        assertEquals(areas, viewModel.areaFilterProperty().get());
    }

    @Test
    void aLinkIsReachedWithTheKeyboardAndSpaceFollowsIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.selectMeeting("asean-us-pmc"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".detail-actor-link").tryQuery()
                .isPresent());
        Hyperlink singapore = link(robot, "Singapore");
        assertTrue(singapore.isFocusTraversable(), "Tab reaches the link");
        robot.interact(singapore::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).contains("· Singapore"));
    }
}
