package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.control.timeline.DrawnLabels;
import org.ammreader.control.timeline.TimelineLane;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.testing.ThemeShots;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.viewmodel.AgendaRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's lanes by delegation and by person (ADR 0027), chosen with the menu and with Ctrl+Shift+L: the lane
 * names on screen, a meeting in the lane of each delegation it involves, the agenda naming them.
 */
class MainWindowLanesTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    private Stage main;

    @Start
    void start(Stage stage) throws ModelException {
        main = stage;
        show(stage);
    }

    static List<String> laneLabels(FxRobot robot) {
        return timeline(robot).getLanes().stream().map(TimelineLane::label).toList();
    }

    static List<String> lanesOf(FxRobot robot, String meetingId) {
        return timeline(robot).getData().lanesOf(meeting(robot, meetingId)).stream().map(TimelineLane::label)
                .toList();
    }

    /** The lane names the last frame drew, line by line joined. */
    static List<String> drawnLaneNames(FxRobot robot) {
        return timeline(robot).drawnLabels().lanes().stream().map(DrawnLabels.LaneName::lines)
                .map(lines -> String.join(" ", lines)).toList();
    }

    static void ctrlShiftL(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    /** The agenda's detail line (under the title) of the selected meeting. */
    static String agendaDetail(FxRobot robot, Meeting meeting) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".agenda .list-cell")
                .match(cell -> cell instanceof ListCell<?> c && c.getItem() instanceof AgendaRow.Item item
                        && item.meeting() == meeting).tryQuery().isPresent()));
        return onFx(() -> {
            Node cell = robot.lookup(".agenda .list-cell").match(c -> c instanceof ListCell<?> l
                    && l.getItem() instanceof AgendaRow.Item item && item.meeting() == meeting).query();
            return robot.from(cell).lookup(".agenda-detail").queryAs(Label.class).getText();
        });
    }

    @Test
    void theViewMenuGroupsTheLanesByDelegation(FxRobot robot) throws TimeoutException {
        // A submenu of View, chosen as the theme is.
        ThemeShots.chooseTheme(robot, main.getScene(), menu(ENGLISH, "menu.view"), menu(ENGLISH, "menu.view.lanes"),
                menu(ENGLISH, "menu.view.lanes.delegations"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laneLabels(robot).contains("United States"));
        assertEquals(List.of("ASEAN", "Asian Development Bank", "European Union", "World Bank"),
                laneLabels(robot).subList(0, 4), "organisations first, by name");
        List<String> usMeeting = lanesOf(robot, "asean-us-pmc");
        assertTrue(usMeeting.containsAll(List.of("United States", "Thailand", "Singapore")), usMeeting.toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawnLaneNames(robot).contains("European Union"));
        Meeting meeting = meeting(robot, "asean-us-pmc");
        robot.interact(() -> viewModel.selectedMeetingProperty().set(meeting));
        String detail = agendaDetail(robot, meeting);
        assertTrue(detail.contains("United States") && detail.contains("Thailand"), detail);
    }

    @Test
    void ctrlShiftLMovesFromTracksToDelegationsToPeopleAndBack(FxRobot robot) throws TimeoutException {
        List<String> tracks = laneLabels(robot);
        robot.clickOn(".timeline-view");
        ctrlShiftL(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laneLabels(robot).contains("China"));
        assertEquals(LaneGrouping.DELEGATIONS, viewModel.laneGroupingProperty().get());
        ctrlShiftL(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laneLabels(robot).contains("Mike Pompeo"));
        List<String> pompeo = lanesOf(robot, "asean-us-pmc");
        assertTrue(pompeo.contains("Mike Pompeo"), pompeo.toString());
        ctrlShiftL(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laneLabels(robot).equals(tracks));
    }

    @Test
    void downFromAMeetingInSeveralLanesGoesThroughItsLanesAndOnToAnotherMeeting(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> viewModel.laneGroupingProperty().set(LaneGrouping.DELEGATIONS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laneLabels(robot).contains("United States"));
        Meeting meeting = meeting(robot, "asean-us-pmc");
        robot.clickOn(".timeline-view");
        robot.interact(() -> viewModel.selectedMeetingProperty().set(meeting));
        // Each ↓ lands in the lane below, often on the same meeting, which is there too; it must not stay there.
        int lanes = lanesOf(robot, "asean-us-pmc").size();
        for (int i = 0; i <= lanes && viewModel.selectedMeetingProperty().get() == meeting; i++) {
            robot.type(KeyCode.DOWN);
        }
        assertTrue(viewModel.selectedMeetingProperty().get() != meeting, "↓ left the meeting of " + lanes + " lanes");
    }
}
