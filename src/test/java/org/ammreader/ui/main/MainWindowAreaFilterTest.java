package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Area;
import org.ammreader.model.Document;
import org.ammreader.model.Meeting;
import org.ammreader.viewmodel.AgendaRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An area filter change in the window, as the user sees it in every view: the agenda's lines (days, their
 * numbers, each meeting's time, title and area discs, however the list reuses its cells), the filter panel's
 * chips with their numbers, and the reader's paragraphs.
 */
class MainWindowAreaFilterTest extends MainWindowFixture {

    private final Messages english = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    @Test
    void theAgendaAndTheChipsFollowEveryChange(FxRobot robot) throws TimeoutException {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        assertShown(robot, AreaFilter.NONE);
        clickChip(robot, "cyber");
        assertShown(robot, AreaFilter.of(List.of("cyber")));
        clickChip(robot, "maritime");
        assertShown(robot, AreaFilter.of(List.of("cyber", "maritime")));
        clickChip(robot, "cyber");
        assertShown(robot, AreaFilter.of(List.of("maritime")));
        robot.clickOn(".filter-all");
        assertShown(robot, AreaFilter.ALL);
    }

    @Test
    void theReaderListsTheParagraphsOfTheChosenAreas(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".bottom-tabs .tab").match(tab -> tab.lookup(".tab-label") != null
                && "Reader".equals(((Label) tab.lookup(".tab-label")).getText())).<Node>query());
        Document document = bundled.documents().get(0);
        assertEquals(numbers(document, AreaFilter.ALL), shownParagraphs(robot));
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        // The area the fewest of its paragraphs are tagged with: the filter then hides some and keeps some.
        String area = document.paragraphs().stream().flatMap(p -> p.areas().stream()).distinct()
                .min(Comparator.comparingInt(id -> numbers(document, AreaFilter.of(List.of(id))).size()))
                .orElseThrow();
        clickChip(robot, area);
        robot.clickOn(".matching-only");
        AreaFilter filter = AreaFilter.of(List.of(area));
        assertTrue(numbers(document, filter).size() < document.paragraphs().size(), "the filter hides some");
        assertEquals(numbers(document, filter), shownParagraphs(robot));
        robot.clickOn(".filter-all");
        assertEquals(numbers(document, AreaFilter.ALL), shownParagraphs(robot));
    }

    private static void clickChip(FxRobot robot, String area) {
        robot.clickOn(robot.lookup(".area-toggle").match(n -> area.equals(n.getUserData())).<Node>query());
    }

    /** The numbers of the paragraphs of {@code document} that {@code filter} shows, as the margin prints them. */
    private static List<String> numbers(Document document, AreaFilter filter) {
        return IntStream.range(0, document.paragraphs().size())
                .filter(i -> filter.matches(document.paragraphs().get(i).areas()))
                .mapToObj(i -> String.valueOf(i + 1)).toList();
    }

    /**
     * The paragraph numbers the reader shows, top to bottom: its list is scrolled line by line and each line's
     * margin read on screen (the window is too short for a whole document).
     */
    private static List<String> shownParagraphs(FxRobot robot) throws TimeoutException {
        ListView<?> list = robot.lookup(".reader-list").queryAs(ListView.class);
        List<String> numbers = new ArrayList<>();
        for (int index = 0; index < list.getItems().size(); index++) {
            int line = index;
            robot.interact(() -> list.scrollTo(line));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cellAt(robot, ".reader-list", line) != null);
            robot.from(cellAt(robot, ".reader-list", line)).lookup(".paragraph-number").tryQueryAs(Label.class)
                    .ifPresent(number -> numbers.add(number.getText()));
        }
        return numbers;
    }

    /**
     * What the agenda and the panel must show for {@code filter}: the agenda is scrolled line by line and each
     * line is read on screen.
     */
    private void assertShown(FxRobot robot, AreaFilter filter) throws TimeoutException {
        List<Meeting> expected = bundled.meetings().stream().filter(m -> filter.matches(m.areas())).toList();
        @SuppressWarnings("unchecked")
        ListView<AgendaRow> agenda = robot.lookup(".agenda").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> agenda.getItems().stream()
                .filter(AgendaRow.Item.class::isInstance).count() == expected.size());
        List<String> seen = new ArrayList<>();
        for (int index = 0; index < agenda.getItems().size(); index++) {
            int row = index;
            robot.interact(() -> agenda.scrollTo(row));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cellAt(robot, ".agenda", row) != null);
            ListCell<?> cell = cellAt(robot, ".agenda", row);
            AgendaRow item = (AgendaRow) cell.getItem();
            if (item instanceof AgendaRow.Item meeting) {
                assertMeetingLine(robot, cell, meeting.meeting(), filter);
                seen.add(meeting.meeting().id());
            } else if (item instanceof AgendaRow.Day day) {
                assertTrue(cell.getStyleClass().contains("agenda-day"), "a day's line is styled as one");
                long onDay = expected.stream().filter(m -> m.date().equals(day.date())).count();
                assertEquals(english.get("agenda.count", onDay), robot.from(cell).lookup(".agenda-day-count")
                        .queryAs(Label.class).getText(), "the number of " + day.date() + "'s meetings");
                assertEquals(1, cell.getStyleClass().stream().filter(c -> c.startsWith("agenda-")).count());
            }
        }
        assertEquals(expected.stream().map(Meeting::id).sorted().toList(),
                seen.stream().distinct().sorted().toList(), "every meeting the filter shows, and only those");
        for (ToggleButton chip : robot.lookup(".area-toggle").queryAllAs(ToggleButton.class)) {
            Area area = bundled.area((String) chip.getUserData()).orElseThrow();
            long tagged = bundled.meetings().stream().filter(m -> m.areas().contains(area.id())).count();
            assertEquals(area.label().get("en") + "  " + tagged, chip.getText(), "a chip counts its meetings");
            assertEquals(filter.includes(area.id()), chip.isSelected(), area.id());
        }
    }

    private void assertMeetingLine(FxRobot robot, ListCell<?> cell, Meeting meeting, AreaFilter filter) {
        assertTrue(filter.matches(meeting.areas()), meeting.id() + " is not in the filter");
        assertTrue(cell.getStyleClass().contains("agenda-item") && !cell.getStyleClass().contains("agenda-day"));
        assertEquals(meeting.title().get("en"), robot.from(cell).lookup(".agenda-title").queryAs(Label.class)
                .getText());
        Label time = robot.from(cell).lookup(".agenda-time").queryAs(Label.class);
        assertEquals(!meeting.hasTime(), time.getStyleClass().contains("agenda-time-unknown"), meeting.id());
        List<Color> discs = robot.from(cell).lookup(".area-swatch").queryAllAs(Circle.class).stream()
                .filter(Circle::isVisible).map(disc -> (Color) disc.getFill()).toList();
        assertEquals(meeting.areas().stream().limit(6).map(id -> Color.web(bundled.area(id).orElseThrow().color()))
                .toList(), discs, "the discs of " + meeting.id());
    }

    /** The line on screen of the list {@code list} that shows row {@code index}, or null while there is none. */
    private static ListCell<?> cellAt(FxRobot robot, String list, int index) {
        return robot.lookup(list + " .list-cell").queryAll().stream()
                .map(cell -> (ListCell<?>) cell)
                .filter(cell -> cell.isVisible() && cell.getIndex() == index && cell.getItem() != null)
                .findFirst().orElse(null);
    }
}
