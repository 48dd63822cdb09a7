package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.viewmodel.AgendaRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Filtering by person or delegation in the window (ADR 0020), with the mouse and with the keyboard alone: the
 * agenda lists the actor's meetings, and the status bar says how many and whose.
 */
class MainWindowActorFilterTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    /** The meetings of the bundled week that involve {@code actorId}, in the agenda's order of ids. */
    private List<String> involving(String actorId) {
        return bundled.meetings().stream().filter(m -> bundled.delegationsOf(m).contains(actorId)
                || bundled.peopleOf(m).contains(actorId)).map(Meeting::id).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> agenda(FxRobot robot) {
        ListView<AgendaRow> agenda = robot.lookup(".agenda").queryAs(ListView.class);
        return agenda.getItems().stream().filter(row -> row instanceof AgendaRow.Item)
                .map(row -> ((AgendaRow.Item) row).meeting().id()).sorted().toList();
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".status-bar .status-text").queryAs(Label.class).getText();
    }

    private void waitForStatus(FxRobot robot, String part) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).contains(part));
    }

    @Test
    void clickingADelegationShowsItsMeetingsAndTheStatusSaysWhose(FxRobot robot) throws TimeoutException {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".actor-search").write("United States");
        robot.clickOn(robot.lookup(".actor-list .list-cell").match(cell -> cell instanceof ListCell<?> c
                && c.getText() != null && c.getText().startsWith("United States")).<Node>query());
        List<String> us = involving("us");
        waitForStatus(robot, "United States");
        assertTrue(us.containsAll(List.of("asean-us-pmc", "pompeo-siam-society")), us.toString());
        assertEquals(us, agenda(robot));
        assertTrue(status(robot).contains(us.size() + " of " + bundled.meetings().size() + " meetings · United "
                + "States"), status(robot));
        robot.clickOn(robot.lookup(".actor-list .list-cell").match(cell -> cell instanceof ListCell<?> c
                && c.getText() != null && c.getText().startsWith("✓ United States")).<Node>query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !status(robot).contains("United States"));
        assertEquals(bundled.meetings().size(), agenda(robot).size());
    }

    @Test
    void altPThenTypingAndEnterChoosesAPersonWithTheKeyboardAlone(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".actor-search").tryQuery()
                .map(Node::isFocused).orElse(false));
        robot.write("foreign minister of russia");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitForStatus(robot, "Sergey Lavrov");
        assertEquals(involving("sergey-lavrov"), agenda(robot));
        assertEquals("foreign minister of russia", robot.lookup(".actor-search").queryAs(TextField.class).getText());
    }
}
