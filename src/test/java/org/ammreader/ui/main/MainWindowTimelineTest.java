package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.control.timeline.DrawnLabels;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.model.Meeting;
import org.ammreader.viewmodel.AgendaRow;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the window: selecting, navigating, zooming, filtering and searching, as a user does. */
class MainWindowTimelineTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    /** Scrolls the meeting into view, as a user would, then clicks on its bar. */
    private static void clickOnMeeting(FxRobot robot, Meeting meeting) {
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(() -> view.scrollTo(meeting));
        Bounds bounds = view.itemBounds(meeting).orElseThrow(() -> new AssertionError(meeting.id() + " not drawn"));
        Point2D centre = view.localToScreen(bounds.getMinX() + Math.min(20, bounds.getWidth() / 2), bounds.getCenterY());
        robot.clickOn(centre);
    }

    private static String detailTitle(FxRobot robot) {
        return robot.lookup(".detail-title").queryAs(Label.class).getText();
    }

    @Test
    void clickingATitleBesideItsBarSelectsItsMeeting(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(() -> view.setSelectedItem(null));
        WaitForAsyncUtils.waitForFxEvents();
        DrawnLabels.ItemLabel beside = view.drawnLabels().items().stream().filter(label -> !label.inside())
                .filter(label -> view.getItems().stream().noneMatch(m -> view.itemBounds(m)
                        .filter(bar -> bar.contains(label.bounds().getCenterX(), label.bounds().getCenterY()))
                        .isPresent()))
                .findFirst().orElseThrow(() -> new AssertionError("no title drawn beside its bar"));
        robot.clickOn(view.localToScreen(beside.bounds().getCenterX(), beside.bounds().getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(beside.item(), view.getSelectedItem(), "the title \"" + beside.text() + "\" selects its meeting");
        assertEquals(((Meeting) beside.item()).title().get("en"), detailTitle(robot));
    }

    @Test
    void clickingAMeetingSelectsItAndFillsTheDetailPanel(FxRobot robot) {
        Meeting aseanEu = meeting(robot, "asean-eu-pmc");
        clickOnMeeting(robot, aseanEu);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(aseanEu, timeline(robot).getSelectedItem());
        assertEquals(aseanEu.title().get("en"), detailTitle(robot));
        String details = robot.lookup(".detail-text").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(details.contains("Balakrishnan") && details.contains("Mogherini"), details);
        assertTrue(robot.lookup(".detail-document-link").tryQuery().isPresent(), "a link to the declaration");
        assertTrue(robot.lookup(".detail-source").queryAll().size() >= 2, "sources are listed");
    }

    @Test
    void keyboardMovesTheSelectionInTimeAndAcrossLanes(FxRobot robot) {
        robot.clickOn(timeline(robot));
        robot.type(KeyCode.HOME);
        Meeting first = timeline(robot).getSelectedItem();
        assertEquals("asean-som", first.id());
        assertEquals(first.title().get("en"), detailTitle(robot));
        robot.type(KeyCode.RIGHT);
        Meeting second = timeline(robot).getSelectedItem();
        assertNotEquals(first, second);
        assertFalse(second.date().isBefore(first.date()));
        robot.type(KeyCode.END);
        Meeting last = timeline(robot).getSelectedItem();
        assertEquals(java.time.LocalDate.of(2019, 8, 3), last.date());
        double lastY = timeline(robot).itemBounds(last).orElseThrow().getMinY();
        robot.type(KeyCode.UP);
        Meeting above = timeline(robot).getSelectedItem();
        assertNotEquals(last, above, "↑ leaves the last meeting");
        assertTrue(timeline(robot).itemBounds(above).orElseThrow().getMinY() < lastY, above.id() + " is above");
        robot.type(KeyCode.DOWN);
        Meeting below = timeline(robot).getSelectedItem();
        assertNotEquals(above, below, "↓ moves again");
        assertTrue(timeline(robot).itemBounds(below).orElseThrow().getMinY()
                > timeline(robot).itemBounds(above).orElseThrow().getMinY(), below.id() + " is below " + above.id());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, timeline(robot).getSelectedItem());
        assertTrue(robot.lookup(".detail-title").tryQuery().map(n -> !n.isVisible() || !n.getParent().isVisible())
                .orElse(true), "the detail panel is empty again");
    }

    @Test
    void zoomingChangesTheVisibleRange(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        Duration week = Duration.between(view.getVisibleStart(), view.getVisibleEnd());
        robot.clickOn(".zoom-in");
        Duration zoomed = Duration.between(view.getVisibleStart(), view.getVisibleEnd());
        assertTrue(zoomed.compareTo(week) < 0, zoomed + " should be shorter than " + week);
        clickOnMeeting(robot, meeting(robot, "asean-eu-pmc"));
        robot.clickOn(".fit-day");
        assertEquals(Instant.parse("2019-07-31T17:00:00Z"), view.getVisibleStart());
        assertEquals(Instant.parse("2019-08-01T17:00:00Z"), view.getVisibleEnd());
        robot.clickOn(".fit-week");
        assertEquals(week, Duration.between(view.getVisibleStart(), view.getVisibleEnd()));
    }

    @Test
    void theAreaFilterChangesWhatIsShownAndTheStatus(FxRobot robot) throws TimeoutException {
        robot.clickOn(".area-filter-button");
        Node focused = robot.lookup(".area-filter-button").query().getScene().getFocusOwner();
        assertTrue(focused.getStyleClass().contains("area-toggle"), "the keyboard is in the panel: " + focused);
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "cyber".equals(n.getUserData())).<Node>query());
        long cyber = bundled.meetings().stream().filter(m -> m.areas().contains("cyber")).count();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, ".status-text")
                .equals("amm52-bangkok-2019.json · " + cyber + " of " + bundled.meetings().size()
                        + " meetings · times in ICT, UTC+7"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".area-filter-panel").tryQuery().map(panel -> !panel.isVisible()).orElse(true),
                "Escape closes the panel");
        assertTrue(robot.lookup(".area-filter-button").query().isFocused(), "and gives the keyboard back");
        assertTrue(timeline(robot).itemBounds(meeting(robot, "asean-eu-pmc")).isPresent(), "cyber meeting shown");
        assertTrue(timeline(robot).itemBounds(meeting(robot, "mgc-10")).isEmpty(), "Mekong–Ganga hidden");
        assertEquals("Cybersecurity and secure ICTs", text(robot, ".area-filter-summary"));
    }

    @Test
    void searchFindsTheAseanEuMeetingInEnglishAndInFrench(FxRobot robot) {
        robot.clickOn(".search-field").write("Mogherini Balakrishnan").type(KeyCode.ENTER);
        assertEquals("asean-eu-pmc", timeline(robot).getSelectedItem().id());
        assertTrue(text(robot, ".search-count").matches("1 of \\d+"), text(robot, ".search-count"));

        robot.clickOn("FR");
        robot.doubleClickOn(".search-field").eraseText(30).write("Union européenne cybersécurité").type(KeyCode.ENTER);
        assertEquals("asean-eu-pmc", timeline(robot).getSelectedItem().id());
        assertEquals(meeting(robot, "asean-eu-pmc").title().get("fr"), detailTitle(robot));
    }

    @Test
    void theAgendaFollowsTheSelection(FxRobot robot) {
        Meeting mgc = meeting(robot, "mgc-10");
        clickOnMeeting(robot, mgc);
        @SuppressWarnings("unchecked")
        ListView<AgendaRow> agenda = robot.lookup(".agenda").queryAs(ListView.class);
        assertEquals(new AgendaRow.Item(mgc), agenda.getSelectionModel().getSelectedItem());

        robot.clickOn(agenda);
        robot.type(KeyCode.DOWN);
        AgendaRow now = agenda.getSelectionModel().getSelectedItem();
        assertTrue(now instanceof AgendaRow.Item, String.valueOf(now));
        assertEquals(((AgendaRow.Item) now).meeting(), timeline(robot).getSelectedItem());
    }

    @Test
    void aMeetingOverSeveralDaysIsDrawnOnItsLastDay(FxRobot robot) {
        Meeting aichr = meeting(robot, "aichr-special");
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(() -> view.fitDay(aichr.lastDate()));
        assertTrue(view.itemBounds(aichr).isPresent(), "AICHR runs until " + aichr.lastDate());
        robot.interact(() -> view.fitDay(aichr.lastDate().plusDays(1)));
        assertTrue(view.itemBounds(aichr).isEmpty(), "and not the day after");
    }
}
