package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.ammreader.control.timeline.DrawnLabels;
import org.ammreader.control.timeline.TimelineLane;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The week at a glance in a 1280 × 800 window (issue 12): at "Fit week" every lane and meeting is in view without
 * scrolling, and, at "Fit week" and "Fit day", in English and in French, every title the timeline draws is read
 * with its own bar and day, and no lane name is cut. Checked from what the painter placed, as the control tells it.
 */
class MainWindowWeekAtAGlanceTest extends MainWindowFixture {

    private static final String ELLIPSIS = "\u2026";

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    @Test
    void fitWeekShowsEveryLaneAndEveryMeetingWithoutScrolling(FxRobot robot) {
        robot.clickOn(".fit-week");
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView<Meeting> view = timeline(robot);
        assertFalse(view.isScrollingLanes(), "the lanes fit the view: no vertical scroll bar");
        assertTrue(view.isCompact(), "in the compact measures, which turned on by themselves");
        assertEquals(bundled.tracks().size(), view.drawnLabels().lanes().size(), "every lane's name is drawn");
        double barHeight = -1;
        for (Meeting meeting : bundled.meetings()) {
            Bounds bar = view.itemBounds(meeting).orElseThrow(() -> new AssertionError(meeting.id() + " not in view"));
            barHeight = barHeight < 0 ? bar.getHeight() : barHeight;
            assertEquals(barHeight, bar.getHeight(), 0.01, meeting.id() + " is drawn whole, not cut at the bottom");
            assertTrue(bar.getMaxY() <= view.getHeight(), meeting.id() + " inside the view");
        }
    }

    @Test
    void everyTitleStaysWithItsBarAndDayAndNoLaneNameIsCutInBothLanguages(FxRobot robot) {
        for (String language : List.of("EN", "FR")) {
            robot.clickOn(language);
            robot.clickOn(".fit-week");
            WaitForAsyncUtils.waitForFxEvents();
            checkLabels(robot, "Fit week " + language);
            Meeting us = meeting(robot, "asean-us-pmc");
            String shortTitle = us.shortTitle().orElseThrow().get(language.toLowerCase());
            DrawnLabels.ItemLabel usTitle = titleOf(robot, us).orElseThrow(() -> new AssertionError("no title for US"));
            assertEquals(shortTitle, usTitle.text(), "the short title where the full one does not fit");
            assertTrue(usTitle.inside(), "inside its Thursday bar, not under Friday");

            for (LocalDate day = bundled.startDate(); !day.isAfter(bundled.endDate()); day = day.plusDays(1)) {
                LocalDate shown = day;
                Meeting that = bundled.meetings().stream().filter(m -> m.date().equals(shown)).findFirst().orElseThrow();
                robot.interact(() -> timeline(robot).setSelectedItem(that));
                robot.clickOn(".fit-day");
                WaitForAsyncUtils.waitForFxEvents();
                checkLabels(robot, "Fit day " + day + " " + language);
            }
            Meeting japan = meeting(robot, "asean-japan-pmc");
            robot.interact(() -> timeline(robot).setSelectedItem(japan));
            robot.clickOn(".fit-day");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(japan.title().get(language.toLowerCase()), titleOf(robot, japan).orElseThrow().text(),
                    "a day wide, the full title has room");
        }
    }

    private static Optional<DrawnLabels.ItemLabel> titleOf(FxRobot robot, Meeting meeting) {
        return timeline(robot).drawnLabels().items().stream().filter(t -> t.item() == meeting).findFirst();
    }

    private void checkLabels(FxRobot robot, String where) {
        TimelineView<Meeting> view = timeline(robot);
        DrawnLabels drawn = view.drawnLabels();
        ZoneId zone = bundled.timeZone();
        assertFalse(drawn.items().isEmpty(), where + ": titles drawn");
        for (DrawnLabels.ItemLabel title : drawn.items()) {
            Meeting meeting = (Meeting) title.item();
            String what = where + ": " + meeting.id() + " \"" + title.text() + "\" at " + title.bounds();
            double dayStart = view.xOf(meeting.date().atStartOfDay(zone).toInstant()).orElseThrow();
            double dayEnd = view.xOf(meeting.lastDate().plusDays(1).atStartOfDay(zone).toInstant()).orElseThrow();
            Bounds text = title.bounds();
            assertTrue(text.getMinX() >= dayStart - 0.5 && text.getMaxX() <= dayEnd + 0.5,
                    what + " lies in its own days' columns, " + dayStart + " to " + dayEnd);
            assertTrue(text.getMinY() >= title.bar().getMinY() - 0.5 && text.getMaxY() <= title.bar().getMaxY() + 0.5,
                    what + " is on its bar's row");
            if (title.inside()) {
                assertTrue(text.getMinX() >= title.bar().getMinX() && text.getMaxX() <= title.bar().getMaxX() + 0.5,
                        what + " inside its bar " + title.bar());
            }
            assertTrue(readsAs(title.text(), meeting, contentLanguage()), what + " is its title or short title");
        }
        for (int i = 0; i < drawn.items().size(); i++) {
            for (int j = i + 1; j < drawn.items().size(); j++) {
                DrawnLabels.ItemLabel a = drawn.items().get(i);
                DrawnLabels.ItemLabel b = drawn.items().get(j);
                if (a.item() != b.item() && !a.text().isEmpty() && !b.text().isEmpty()) {
                    assertFalse(a.bounds().intersects(b.bounds().getMinX() + 0.5, b.bounds().getMinY() + 0.5,
                            b.bounds().getWidth() - 1, b.bounds().getHeight() - 1),
                            where + ": \"" + a.text() + "\" and \"" + b.text() + "\" overlap");
                }
            }
        }
        List<String> lanes = bundled.tracks().stream().map(t -> t.label().get(contentLanguage())).toList();
        assertEquals(lanes, drawn.lanes().stream().map(n -> n.lane().label()).toList(), where + ": every lane named");
        for (DrawnLabels.LaneName name : drawn.lanes()) {
            TimelineLane lane = name.lane();
            assertEquals(lane.label(), String.join(" ", name.lines()), where + ": the whole name, wrapped");
            assertFalse(name.lines().stream().anyMatch(line -> line.contains(ELLIPSIS)), where + ": " + name.lines());
            Bounds box = name.bounds();
            Bounds area = name.area();
            assertTrue(box.getMinY() >= area.getMinY() && box.getMaxY() <= area.getMaxY()
                    && box.getMaxX() <= area.getMaxX(), where + ": " + lane.label() + " " + box + " within " + area);
        }
    }

    private String contentLanguage() {
        return viewModel.contentLanguageProperty().get();
    }

    /** Whether {@code text} is the meeting's title or short title, whole or shortened with an ellipsis. */
    private static boolean readsAs(String text, Meeting meeting, String language) {
        String title = meeting.title().get(language);
        String shortTitle = meeting.shortTitleOr(language);
        if (text.isEmpty() || text.equals(title) || text.equals(shortTitle)) {
            return true;
        }
        String kept = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : null;
        return kept != null && (title.startsWith(kept) || shortTitle.startsWith(kept));
    }
}
