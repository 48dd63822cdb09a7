package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.viewmodel.AgendaRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Times of day in the window: at "Fit day" each timed meeting's bar is where its hours are, an approximate or
 * disputed start spreading before it; the agenda lists the day in time order with the times in words; with no
 * meeting selected the detail pane gives the week's key facts, a disputed one marked as a disputed meeting is.
 */
class MainWindowTimesTest extends MainWindowFixture {

    /** Pixels of rounding allowed: bars are snapped to device pixels and parted by a small gap. */
    private static final double SLACK = 3;

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static Bounds bar(FxRobot robot, String id) {
        TimelineView<Meeting> view = timeline(robot);
        Meeting meeting = meeting(robot, id);
        robot.interact(() -> view.scrollTo(meeting));
        return view.itemBounds(meeting).orElseThrow(() -> new AssertionError(id + " not drawn"));
    }

    /**
     * The x of an hour of the day, measured on a meeting with an exact start and a known length: its bar runs
     * from {@code startHour} over {@code minutes}.
     */
    private record Ruler(double x0, double startHour, double pixelsPerHour) {
        static Ruler of(Bounds reference, double startHour, int minutes) {
            return new Ruler(reference.getMinX(), startHour, reference.getWidth() / (minutes / 60.0));
        }

        double x(double hour) {
            return x0 + (hour - startHour) * pixelsPerHour;
        }
    }

    private static void assertAt(double expected, double actual, String what) {
        assertEquals(expected, actual, SLACK, what);
    }

    private void fitDay(FxRobot robot, LocalDate day) {
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(() -> view.fitDay(day));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onTheFirstOfAugustTimedMeetingsAreAtTheirHours(FxRobot robot) {
        fitDay(robot, LocalDate.of(2019, 8, 1));
        // The trilateral strategic dialogue: 16:00 sharp, for 40 minutes.
        Ruler ruler = Ruler.of(bar(robot, "tsd-9"), 16, 40);
        assertTrue(ruler.pixelsPerHour() > 30, "a day fills the width: " + ruler.pixelsPerHour() + " px an hour");
        // ASEAN–Japan: about 10:00 for about an hour, drawn fading in from 09:45 and out until 11:15.
        Bounds japan = bar(robot, "asean-japan-pmc");
        assertAt(ruler.x(9.75), japan.getMinX(), "ASEAN–Japan starts fading in a quarter of an hour before 10:00");
        assertAt(ruler.x(11.25), japan.getMaxX(), "and ends fading out a quarter of an hour after 11:00");
        // Mekong–Ganga: "in the afternoon", 12:00 to 18:00.
        Bounds mgc = bar(robot, "mgc-10");
        assertAt(ruler.x(12), mgc.getMinX(), "the afternoon starts at noon");
        assertAt(ruler.x(18), mgc.getMaxX(), "and ends at 18:00");
        // A meeting with no reported time still covers the whole day.
        Bounds eu = bar(robot, "asean-eu-pmc");
        assertTrue(eu.getWidth() > 20 * ruler.pixelsPerHour(), "ASEAN–EU is drawn over the day: " + eu);
    }

    @Test
    void onTheSecondOfAugustTheDisputedForumSpansBothReadings(FxRobot robot) {
        fitDay(robot, LocalDate.of(2019, 8, 2));
        // The US–Japan–Korea trilateral: 16:30 sharp, for 30 minutes.
        Ruler ruler = Ruler.of(bar(robot, "us-japan-rok-trilateral"), 16.5, 30);
        // The ARF: 14:00 (Korean press) or about 15:00 for 3 h 30 (MOFA Japan): from 14:00 to about 18:30.
        Bounds arf = bar(robot, "arf-26");
        assertAt(ruler.x(14), arf.getMinX(), "the ARF begins at the earlier reading");
        assertAt(ruler.x(18.75), arf.getMaxX(), "and ends about 18:30");
        Bounds apt = bar(robot, "apt-fmm-20");
        assertAt(ruler.x(8), apt.getMinX(), "the APT meeting spans the morning from 08:00");
        assertAt(ruler.x(12), apt.getMaxX(), "until noon");
        assertTrue(apt.getMaxX() < arf.getMinX() && arf.getMinX() < ruler.x(16.5),
                "morning, then the forum, then the trilateral");
    }

    @Test
    void theAgendaListsTheDayInTimeOrderWithTheTimes(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        ListView<AgendaRow> agenda = robot.lookup(".agenda").queryAs(ListView.class);
        int dayRow = agenda.getItems().indexOf(agenda.getItems().stream()
                .filter(row -> row instanceof AgendaRow.Day day && day.date().equals(LocalDate.of(2019, 8, 2)))
                .findFirst().orElseThrow());
        // The day's first meeting at the top: its four timed meetings then fit in the agenda under the overview strip.
        robot.interact(() -> agenda.scrollTo(dayRow + 1));
        String apt = "morning | 20th ASEAN Plus Three Foreign Ministers’ Meeting";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines(robot).contains(apt));
        List<String> lines = lines(robot);
        int first = lines.indexOf(apt);
        assertEquals(List.of(apt,
                "morning | Pompeo’s Siam Society speech on US economic engagement",
                "disputed: about 15:00 (about 3 h 30 min) or 14:00 | 26th ASEAN Regional Forum",
                "16:30 (30 min) | US–Japan–Republic of Korea trilateral foreign ministers’ meeting"),
                lines.subList(first, first + 4));
        // After the timed meetings, those whose time no source gives.
        robot.interact(() -> agenda.scrollTo(dayRow + 5));
        String eas = "time not reported | 9th East Asia Summit Foreign Ministers’ Meeting";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines(robot).contains(eas));
        assertEquals(dayRow + 5, agenda.getItems().indexOf(agenda.getItems().stream()
                .filter(row -> row instanceof AgendaRow.Item item && item.meeting().id().equals("eas-fmm-9"))
                .findFirst().orElseThrow()), "the East Asia Summit meeting comes fifth, after the four timed ones");
    }

    /** The agenda's meeting lines on screen, top to bottom, as "time | title". */
    private static List<String> lines(FxRobot robot) {
        return onFx(() -> robot.lookup(".agenda .list-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && cell.getStyleClass().contains("agenda-item"))
                .sorted(Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getY()))
                .map(cell -> robot.from(cell).lookup(".agenda-time").queryAs(Label.class).getText() + " | "
                        + robot.from(cell).lookup(".agenda-title").queryAs(Label.class).getText())
                .toList());
    }

    @Test
    void withNoMeetingSelectedTheDetailPaneGivesTheWeeksKeyFacts(FxRobot robot) {
        robot.clickOn(".timeline-view");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The week", robot.lookup(".detail-week-kicker").queryAs(Label.class).getText());
        List<String> texts = robot.lookup(".detail-content .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
        int dates = texts.indexOf("Dates of the week");
        assertTrue(dates >= 0, "the facts are listed: " + texts);
        int badge = texts.subList(dates, texts.size()).indexOf("Sources disagree");
        assertTrue(badge > 0 && badge < 5, "the disputed fact carries the badge of a disputed meeting: " + texts);
        assertTrue(texts.get(dates + badge + 1).length() > 40, "and its note: " + texts.get(dates + badge + 1));
    }
}
