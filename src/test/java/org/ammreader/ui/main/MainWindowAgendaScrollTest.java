package org.ammreader.ui.main;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.viewmodel.AgendaRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The agenda keeps the selected meeting in view: when the window opens on a selection, and after each jump of the
 * selection from the timeline. The agenda's rows differ in height (days, meetings, wrapped times), which a scroll
 * by estimated heights gets wrong.
 */
class MainWindowAgendaScrollTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        MainWindow window = window(stage);
        viewModel.selectedMeetingProperty().set(bundled.meeting("asean-eu-pmc").orElseThrow());
        window.show(Messages.forLanguage("en"), 1280, 800);
    }

    /** Whether the agenda shows {@code meeting}'s row whole, from its top to its bottom. */
    private static boolean wholeInView(FxRobot robot, Meeting meeting) {
        return onFx(() -> {
            Node agenda = robot.lookup(".agenda").query();
            Bounds list = agenda.localToScreen(agenda.getLayoutBounds());
            return robot.lookup(".agenda .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(cell -> cell.isVisible() && cell.getItem() instanceof AgendaRow.Item item
                            && item.meeting().id().equals(meeting.id()))
                    .map(cell -> cell.localToScreen(cell.getLayoutBounds()))
                    .anyMatch(row -> row.getMinY() >= list.getMinY() - 0.5
                            && row.getMaxY() <= list.getMaxY() + 0.5);
        });
    }

    private static void awaitInView(FxRobot robot, String when) throws TimeoutException {
        Meeting selected = timeline(robot).getSelectedItem();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wholeInView(robot, selected));
        } catch (TimeoutException e) {
            throw new TimeoutException(when + ": the agenda does not show " + selected.id() + " whole");
        }
    }

    @Test
    void theSelectedMeetingIsWholeInTheAgendaAtStartAndAfterEachJump(FxRobot robot) throws TimeoutException {
        awaitInView(robot, "at start");
        robot.clickOn(timeline(robot));
        for (KeyCode key : new KeyCode[] {KeyCode.END, KeyCode.HOME, KeyCode.END}) {
            Meeting before = timeline(robot).getSelectedItem();
            robot.type(key);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline(robot).getSelectedItem() != before);
            awaitInView(robot, key.getName());
        }
    }
}
