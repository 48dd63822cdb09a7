package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The meeting search with an area filter on: what the filter hides is said and can be shown; a list of matches. */
class MainWindowSearchTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static void onlyCyber(FxRobot robot) {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "cyber".equals(n.getUserData())).<Node>query());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theSearchSaysHowManyMatchesTheFilterHidesAndShowsThem(FxRobot robot) throws TimeoutException {
        onlyCyber(robot);
        robot.clickOn(".search-field").write("Pompeo").type(KeyCode.ENTER);
        assertEquals("1 of 1", text(robot, ".search-count"));
        assertEquals("— 9 hidden by the filter ·", text(robot, ".search-hidden"));
        assertTrue(robot.lookup(".search-hidden-note").query().isVisible());

        robot.clickOn(".search-show-hidden");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "10 matches".equals(text(robot, ".search-count")));
        assertEquals(AreaFilter.ALL, viewModel.areaFilterProperty().get(), "a match has no area: all areas show");
        assertFalse(robot.lookup(".search-hidden-note").query().isVisible(), "nothing hidden any more");
    }

    @Test
    void aMatchPickedFromTheListIsSelected(FxRobot robot) throws TimeoutException {
        robot.clickOn(".search-field").write("Pompeo");
        assertEquals("10 matches", text(robot, ".search-count"));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".search-results .list-cell").tryQuery()
                .isPresent());
        Window popup = robot.lookup(".search-results").query().getScene().getWindow();
        Window window = robot.lookup(".search-field").query().getScene().getWindow();
        assertTrue(popup.getX() >= window.getX() && popup.getX() + popup.getWidth() <= window.getX()
                + window.getWidth(), "the list stays inside the window: " + popup.getX() + "+" + popup.getWidth());
        List<String> listed = robot.lookup(".search-results .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(text -> text != null).toList();
        assertEquals(10, listed.size(), listed.toString());
        assertTrue(listed.get(0).startsWith("Thursday 1 August 2019 · "), listed.get(0));
        assertEquals("Thursday 1 August 2019 · time not reported · Pompeo–Wang Yi bilateral meeting"
                + " · Side events and bilaterals", listed.get(2), "date, time, title and lane");

        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline(robot).getSelectedItem() != null);
        assertEquals("pompeo-wang-bilateral", timeline(robot).getSelectedItem().id());
        assertEquals("Pompeo–Wang Yi bilateral meeting", text(robot, ".detail-title"));
        assertEquals("3 of 10", text(robot, ".search-count"));

        robot.clickOn(".search-list");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".search-results .list-cell").tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup(".search-results .list-cell")
                .match(cell -> ((ListCell<?>) cell).getIndex() == 0).<Node>query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1 of 10".equals(text(robot, ".search-count")));
        assertEquals("asean-us-pmc", timeline(robot).getSelectedItem().id());
        assertTrue(listed.get(0).contains(" · " + text(robot, ".detail-title") + " · "), listed.get(0));
    }

    /** The field's hint is read whole: it is the only place that names the shortcut beside the field. */
    @Test
    void theSearchHintFitsInTheField(FxRobot robot) {
        assertSearchHintFits(robot);
    }

    static void assertSearchHintFits(FxRobot robot) {
        TextField field = robot.lookup(".search-field").queryAs(TextField.class);
        Text hint = new Text(field.getPromptText());
        hint.setFont(field.getFont());
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        assertTrue(hint.getLayoutBounds().getWidth() <= room,
                "\"" + field.getPromptText() + "\" is " + hint.getLayoutBounds().getWidth() + " px in " + room);
    }
}
