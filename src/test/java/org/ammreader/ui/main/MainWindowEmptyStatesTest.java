package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
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

/** A filter that shows nothing says so in the timeline and the agenda; a hidden meeting is not described. */
class MainWindowEmptyStatesTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::get);
    }

    /** The "No meeting matches the filter" notes on screen: their text and link, one per view. */
    private static List<String> emptyNotes(FxRobot robot) {
        return robot.lookup(".filter-empty").match(Node::isVisible).match(node -> node.getScene() != null)
                .queryAll().stream().map(note -> ((Label) note.lookup(".filter-empty-text")).getText() + " "
                        + ((Hyperlink) note.lookup(".filter-empty-show-all")).getText()).toList();
    }

    private static void chooseNoArea(FxRobot robot) {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aFilterThatShowsNothingSaysSoInTheTimelineAndTheAgendaAndIsUndoneThere(FxRobot robot)
            throws TimeoutException {
        assertEquals(List.of(), emptyNotes(robot), "all areas: nothing to say");
        chooseNoArea(robot);
        String note = "No meeting matches the filter · Show every meeting";
        waitUntil(() -> emptyNotes(robot).size() == 2);
        assertEquals(List.of(note, note), emptyNotes(robot), "the timeline and the agenda");

        robot.clickOn(robot.lookup(".filter-empty-show-all").match(Node::isVisible).<Node>query());
        waitUntil(() -> emptyNotes(robot).isEmpty());
        assertEquals(AreaFilter.ALL, viewModel.areaFilterProperty().get());
    }

    @Test
    void theDetailPaneSaysAHiddenMeetingIsHiddenAndOffersToShowItOrClear(FxRobot robot) throws TimeoutException {
        robot.clickOn(".search-field").write("Pompeo Wang").type(KeyCode.ENTER);
        assertEquals("Pompeo–Wang Yi bilateral meeting", text(robot, ".detail-title"));
        chooseNoArea(robot);
        waitUntil(() -> robot.lookup(".detail-hidden").tryQuery().isPresent());
        assertEquals("The filter hides the selected meeting: Pompeo–Wang Yi bilateral meeting.",
                text(robot, ".detail-hidden"));
        assertTrue(robot.lookup(".detail-title").tryQuery().isEmpty(), "its details are not shown");

        robot.clickOn(".detail-hidden-show");
        waitUntil(() -> robot.lookup(".detail-title").tryQuery().isPresent());
        assertEquals("Pompeo–Wang Yi bilateral meeting", text(robot, ".detail-title"));
        assertEquals(AreaFilter.ALL, viewModel.areaFilterProperty().get(), "the meeting has no area");

        chooseNoArea(robot);
        waitUntil(() -> robot.lookup(".detail-hidden-clear").tryQuery().isPresent());
        robot.clickOn(".detail-hidden-clear");
        waitUntil(() -> robot.lookup(".detail-week-title").tryQuery().isPresent());
        assertNull(timeline(robot).getSelectedItem(), "nothing selected");
    }
}
