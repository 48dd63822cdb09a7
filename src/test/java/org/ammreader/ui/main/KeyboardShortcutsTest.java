package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * README's keyboard table, row by row, typed in the main window: each test is one row and checks what the row
 * promises, on screen (selection, visible span, tab, focus, window) rather than that nothing was thrown.
 */
class KeyboardShortcutsTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static Duration span(TimelineView<Meeting> view) {
        return Duration.between(view.getVisibleStart(), view.getVisibleEnd());
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".bottom-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup(".main-window").query().getScene().getFocusOwner();
    }

    private static boolean inside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Row "anywhere: Ctrl+O / Ctrl+E / Ctrl+P / Ctrl+Q — open a model / export the PNG / briefing / quit". */
    @Test
    void ctrlOOpensAModelCtrlEThePngDialogCtrlPTheBriefingCtrlQQuits(FxRobot robot) throws Exception {
        filesToChoose.add(Path.of(getClass().getResource("/models/minimal.json").toURI()));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, ".status-text").startsWith("minimal.json"));

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s && ENGLISH.get("png.title").equals(s.getTitle())));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);

        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s
                && s.getTitle().equals(ENGLISH.get("briefing.title", "Minimal test week"))), "the briefing preview");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().isEmpty());
    }

    /** Row "anywhere: Ctrl+Z / Ctrl+Shift+Z — undo / redo the last filter or selection change". */
    @Test
    void ctrlZUndoesAndCtrlShiftZRedoesASelectionChange(FxRobot robot) throws Exception {
        robot.clickOn(timeline(robot));
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline(robot).selectedItemProperty().get() != null);
        Object first = timeline(robot).selectedItemProperty().get();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline(robot).selectedItemProperty().get() != first);
        Object second = timeline(robot).selectedItemProperty().get();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline(robot).selectedItemProperty().get() == first);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline(robot).selectedItemProperty().get() == second);
    }

    /** Row "anywhere: Ctrl+Shift+N — start a new week". */
    @Test
    void ctrlShiftNAsksForANewWeek(FxRobot robot) throws Exception {
        robot.clickOn(timeline(robot));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s
                && ENGLISH.get("newWeek.title").equals(s.getTitle())), "the New week dialog");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);
    }

    /** Row "anywhere: Ctrl+F — search meetings (in the reader: search the document)". */
    @Test
    void ctrlFFocusesTheMeetingSearchAndInTheReaderTheDocumentSearch(FxRobot robot) {
        robot.clickOn(timeline(robot));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(focused(robot).getStyleClass().contains("search-field"), "focus: " + focused(robot));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(focused(robot).getStyleClass().contains("reader-search"), "focus: " + focused(robot));
    }

    /** Row "anywhere: Ctrl+1 / Ctrl+2 / Ctrl+3 — the timeline / the agenda / the reader, in the reading layout". */
    @Test
    void ctrl1Ctrl2Ctrl3GoToTheTimelineTheAgendaAndTheReader(FxRobot robot) {
        robot.clickOn(".search-field");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals(timeline(robot), focused(robot));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot));
        assertTrue(inside(focused(robot), robot.lookup(".reader").query()), "focus: " + focused(robot));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot));
        assertTrue(inside(focused(robot), robot.lookup(".agenda").queryAs(ListView.class)), "focus: " + focused(robot));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(timeline(robot), focused(robot));
    }

    /** Row "reading layout: Esc, or ← Back to the timeline — back to the timeline and the details". */
    @Test
    void escapeAndTheBackButtonLeaveTheReadingLayout(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        robot.type(KeyCode.ESCAPE);
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(timeline(robot), focused(robot));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        robot.clickOn(ENGLISH.get("layout.back"));
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(timeline(robot), focused(robot));
    }

    /** Row "anywhere: Ctrl+= / Ctrl+− / Ctrl+0 / Ctrl+D — zoom in / out / fit the week / fit the meeting's day". */
    @Test
    void ctrlEqualsMinusZeroAndDZoomAndFit(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(".search-field");
        Duration week = span(view);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(week.toMillis() / TimelineView.ZOOM_STEP, span(view).toMillis(), 1000, "zoomed in by 1.5");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(week.toMillis(), span(view).toMillis(), 1000, "and out by 1.5");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS).push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(week, span(view), "the week again");
        robot.interact(() -> view.setSelectedItem(view.getItems().stream()
                .filter(m -> m.id().equals("asean-eu-pmc")).findFirst().orElseThrow()));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertEquals(Instant.parse("2019-07-31T17:00:00Z"), view.getVisibleStart(), "1 August, midnight in Bangkok");
        assertEquals(Instant.parse("2019-08-01T17:00:00Z"), view.getVisibleEnd());
    }

    /** Row "anywhere: Ctrl+0 — fit the whole model": another model's days, not a week's. */
    @Test
    void ctrl0ShowsTheWholeModelWhateverItsLength(FxRobot robot) throws Exception {
        filesToChoose.add(Path.of(getClass().getResource("/models/three-languages.json").toURI()));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, ".status-text").startsWith("three-languages.json"));
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view).push(KeyCode.CONTROL, KeyCode.EQUALS).push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(Instant.parse("2024-03-03T23:00:00Z"), view.getVisibleStart(), "4 March, midnight in Madrid");
        assertEquals(Instant.parse("2024-03-06T23:00:00Z"), view.getVisibleEnd(), "the end of 6 March");
    }

    /** Row "timeline: Page Up / Page Down — the previous / next day, at the same zoom, within the model's days". */
    @Test
    void pageUpAndPageDownJumpADay(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view);
        robot.interact(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(Instant.parse("2019-08-01T17:00:00Z"), view.getVisibleStart(), "2 August, midnight in Bangkok");
        assertEquals(Instant.parse("2019-08-02T17:00:00Z"), view.getVisibleEnd());
        robot.type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP);
        assertEquals(Instant.parse("2019-07-30T17:00:00Z"), view.getVisibleStart(), "31 July");
        robot.type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP);
        assertEquals(Instant.parse("2019-07-28T17:00:00Z"), view.getVisibleStart(), "29 July, the first day, at most");
        assertEquals(Instant.parse("2019-07-29T17:00:00Z"), view.getVisibleEnd());
    }

    /** Selecting the first or last meeting at day zoom shows it, and nothing before or after the model's days. */
    @Test
    void homeAndEndAtDayZoomStayWithinTheModelsDays(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view);
        robot.interact(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        Instant first = Instant.parse("2019-07-28T17:00:00Z");
        Instant end = Instant.parse("2019-08-03T17:00:00Z");
        for (KeyCode key : new KeyCode[] {KeyCode.END, KeyCode.HOME}) {
            robot.type(key);
            Meeting selected = view.getSelectedItem();
            assertTrue(view.itemBounds(selected).isPresent(), key + ": " + selected.id() + " is in view");
            assertFalse(view.getVisibleStart().isBefore(first), key + ": from " + view.getVisibleStart());
            assertFalse(view.getVisibleEnd().isAfter(end), key + ": to " + view.getVisibleEnd());
            assertEquals(Duration.ofDays(1), span(view), key + ": still a day");
        }
    }

    /** Row "anywhere: Ctrl+Shift+1 … 9 — open the model's first, second… document in the reader". */
    @Test
    void ctrlShiftDigitOpensThatDocumentInTheReader(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2);
        LayoutOnScreen.waitFor(robot, true);
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot));
        String second = bundled.documents().get(1).title().get("en");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".document-title").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(second)), "the second document, " + second);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        String first = bundled.documents().get(0).title().get("en");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".document-title").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(first)), "the first document, " + first);
    }

    /** Row "timeline: ← / → — previous / next meeting in time". */
    @Test
    void leftAndRightMoveToTheMeetingBeforeAndAfterInTime(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view).type(KeyCode.HOME);
        Meeting first = view.getSelectedItem();
        robot.type(KeyCode.RIGHT);
        Meeting second = view.getSelectedItem();
        assertNotEquals(first, second);
        assertFalse(second.date().isBefore(first.date()), second.id() + " is not before " + first.id());
        robot.type(KeyCode.RIGHT);
        Meeting third = view.getSelectedItem();
        assertFalse(third.date().isBefore(second.date()));
        robot.type(KeyCode.LEFT);
        assertEquals(second, view.getSelectedItem());
    }

    /** Row "timeline: ↑ / ↓ — nearest meeting in the lane above / below". */
    @Test
    void upAndDownMoveToTheNearestMeetingInTheLaneAboveAndBelow(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view).type(KeyCode.HOME);
        Meeting top = view.getSelectedItem();
        double topY = view.itemBounds(top).orElseThrow().getMinY();
        robot.type(KeyCode.DOWN);
        Meeting below = view.getSelectedItem();
        assertNotEquals(top, below);
        assertTrue(view.itemBounds(below).orElseThrow().getMinY() > topY, below.id() + " is drawn below " + top.id());
        double belowY = view.itemBounds(below).orElseThrow().getMinY();
        robot.type(KeyCode.UP);
        Meeting above = view.getSelectedItem();
        assertNotEquals(below, above);
        assertTrue(view.itemBounds(above).orElseThrow().getMinY() < belowY, above.id() + " is drawn above " + below.id());
    }

    /** Row "timeline: Home / End / Esc — first / last meeting / clear the selection". */
    @Test
    void homeEndAndEscape(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        Comparator<Meeting> byStart = Comparator.comparing(Meeting::date);
        robot.clickOn(view).type(KeyCode.HOME);
        assertEquals(bundled.meetings().stream().min(byStart).orElseThrow().date(), view.getSelectedItem().date());
        robot.type(KeyCode.END);
        assertEquals(bundled.meetings().stream().max(byStart).orElseThrow().date(), view.getSelectedItem().date());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, view.getSelectedItem());
    }

    /**
     * Row "timeline: + / − , Ctrl+wheel, pinch — zoom around the pointer": the keys. (Monocle's robot does not pass
     * a held Ctrl on to a wheel event, and has no pinch: those stay with TimelineViewTest's synthetic events.)
     */
    @Test
    void plusAndMinusZoom(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view);
        robot.interact(view::fitAll);
        Duration week = span(view);
        robot.type(KeyCode.PLUS);
        assertEquals(week.toMillis() / TimelineView.ZOOM_STEP, span(view).toMillis(), 1000);
        robot.type(KeyCode.MINUS);
        assertEquals(week.toMillis(), span(view).toMillis(), 1000);
    }

    /** Row "timeline: Shift+← / Shift+→, wheel, drag — pan". */
    @Test
    void shiftArrowsPanKeepingTheSpan(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(view);
        robot.interact(view::zoomIn);
        robot.interact(view::zoomIn);
        Instant start = view.getVisibleStart();
        Duration span = span(view);
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertTrue(view.getVisibleStart().isAfter(start), "panned later: " + view.getVisibleStart());
        assertEquals(span, span(view));
        Instant later = view.getVisibleStart();
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertTrue(view.getVisibleStart().isBefore(later), "panned back: " + view.getVisibleStart());
        Instant beforeDrag = view.getVisibleStart();
        robot.drag(view).moveBy(-200, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        assertTrue(view.getVisibleStart().isAfter(beforeDrag), "dragged left shows later: " + view.getVisibleStart());
    }

    /** Row "search field: Enter / Shift+Enter / Esc — next / previous match / clear". */
    @Test
    void enterShiftEnterAndEscapeInTheSearchField(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.clickOn(".search-field").write("ASEAN").type(KeyCode.ENTER);
        Meeting first = view.getSelectedItem();
        assertTrue(text(robot, ".search-count").startsWith("1 of "), text(robot, ".search-count"));
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, ".search-count").startsWith("2 of "), text(robot, ".search-count"));
        assertNotEquals(first, view.getSelectedItem());
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertTrue(text(robot, ".search-count").startsWith("1 of "), text(robot, ".search-count"));
        assertEquals(first, view.getSelectedItem());
        robot.type(KeyCode.ESCAPE);
        assertEquals("", robot.lookup(".search-field").queryAs(TextField.class).getText());
    }

    /** Row "search field: ↓, then ↑ / ↓ / Enter / Esc — list the matches, move in the list, pick one, close it". */
    @Test
    void downListsTheMatchesWhichArrowsEnterAndEscapeWorkThrough(FxRobot robot) throws TimeoutException {
        robot.clickOn(".search-field").write("Pompeo").type(KeyCode.DOWN);
        // The lookup searches the windows showing: the list is found while it shows, and only then.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".search-results").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".search-results").tryQuery().isEmpty());
        assertEquals("Pompeo", robot.lookup(".search-field").queryAs(TextField.class).getText(), "the query stays");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "2 of 10".equals(text(robot, ".search-count")));
    }
}
