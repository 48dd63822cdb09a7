package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.io.ModelException;
import org.ammreader.model.Document;
import org.ammreader.model.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rows of README's keyboard table that work in the reader, and the timeline's wheel and pinch, done in the
 * main window as a user does them: Ctrl+3 opens the reader in the reading layout, then the keys.
 */
class MainWindowReaderKeysTest extends MainWindowFixture {

    private Document declaration;

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
        declaration = bundled.documents().get(0);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The paragraph row numbered {@code number} in the margin, if it is on screen. */
    private static Optional<Parent> row(FxRobot robot, int number) {
        return robot.lookup(".paragraph-row").queryAllAs(Parent.class).stream()
                .filter(MainWindowReaderKeysTest::shown)
                .filter(row -> row.lookup(".paragraph-number") instanceof Label label
                        && label.getText().equals(String.valueOf(number)))
                .findFirst();
    }

    /** The texts of a row, left column first. */
    private static List<Text> texts(Parent row) {
        return row.lookupAll(".reader-text").stream().filter(MainWindowReaderKeysTest::shown).map(Text.class::cast)
                .sorted(Comparator.comparingDouble(text -> text.localToScene(text.getBoundsInLocal()).getMinX()))
                .toList();
    }

    /** Whether the list cell holding row {@code number} shows as selected. */
    private static boolean selected(FxRobot robot, int number) {
        return row(robot, number).map(row -> row.getParent().getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("selected"))).orElse(false);
    }

    private static String clipboard() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
    }

    private static String count(FxRobot robot) {
        return robot.lookup(".reader .search-count").queryAs(Label.class).getText();
    }

    private void openTheReader(FxRobot robot) throws TimeoutException {
        shortcut(robot, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        waitUntil(() -> row(robot, 1).isPresent());
    }

    private String paragraph(int number, String language) {
        return declaration.paragraphs().get(number - 1).text().get(language);
    }

    /** Row "reader: ↑ / ↓ — previous / next paragraph (highlighted in both columns)". */
    @Test
    void upAndDownMoveFromParagraphToParagraph(FxRobot robot) throws TimeoutException {
        openTheReader(robot);
        robot.clickOn(texts(row(robot, 1).orElseThrow()).get(0));
        waitUntil(() -> selected(robot, 1));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitUntil(() -> selected(robot, 3));
        assertTrue(!selected(robot, 1) && !selected(robot, 2), "one paragraph at a time");
        robot.type(KeyCode.UP);
        waitUntil(() -> selected(robot, 2));
    }

    /** Row "reader: Ctrl+C — copy the selected paragraph in both languages, with its citation". */
    @Test
    void ctrlCCopiesTheParagraphInBothLanguagesWithItsCitation(FxRobot robot) throws TimeoutException {
        openTheReader(robot);
        robot.clickOn(texts(row(robot, 2).orElseThrow()).get(1));
        shortcut(robot, KeyCode.C);
        String both = paragraph(2, "fr") + "\n\n" + paragraph(2, "en") + "\n\n— ";
        waitUntil(() -> clipboard() != null && clipboard().startsWith(both));
        assertTrue(clipboard().contains("paragraph 2 in the project’s numbering"), clipboard());
    }

    /** Row "reader: Ctrl+plus / Ctrl+minus / Ctrl+0 — larger / smaller / default text", not the timeline's zoom. */
    @Test
    void ctrlPlusMinusAndZeroChangeTheTextSizeNotTheTimeline(FxRobot robot) throws TimeoutException {
        TimelineView<Meeting> view = timeline(robot);
        Duration span = Duration.between(view.getVisibleStart(), view.getVisibleEnd());
        openTheReader(robot);
        Text first = texts(row(robot, 1).orElseThrow()).get(0);
        double size = first.getFont().getSize();
        robot.clickOn(first);
        shortcut(robot, KeyCode.EQUALS);
        waitUntil(() -> texts(row(robot, 1).orElseThrow()).get(0).getFont().getSize() > size);
        shortcut(robot, KeyCode.MINUS);
        shortcut(robot, KeyCode.MINUS);
        waitUntil(() -> texts(row(robot, 1).orElseThrow()).get(0).getFont().getSize() < size);
        shortcut(robot, KeyCode.DIGIT0);
        waitUntil(() -> texts(row(robot, 1).orElseThrow()).get(0).getFont().getSize() == size);
        assertEquals(span, Duration.between(view.getVisibleStart(), view.getVisibleEnd()),
                "the keys went to the reader, not to the timeline");
    }

    /** Row "reader search: Enter or F3 / Shift+Enter or Shift+F3 / Esc — next / previous match / close". */
    @Test
    void theReaderSearchStepsWithEnterAndF3AndClosesWithEscape(FxRobot robot) throws TimeoutException {
        openTheReader(robot);
        shortcut(robot, KeyCode.F);
        robot.write("secur");
        waitUntil(() -> "1 of 6".equals(count(robot)));
        robot.type(KeyCode.ENTER);
        assertEquals("2 of 6", count(robot));
        robot.type(KeyCode.F3);
        assertEquals("3 of 6", count(robot));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals("2 of 6", count(robot));
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals("1 of 6", count(robot));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> count(robot).isEmpty());
    }

    private static Canvas canvas(TimelineView<Meeting> view) {
        return view.getChildrenUnmodifiable().stream().filter(Canvas.class::isInstance).map(Canvas.class::cast)
                .findFirst().orElseThrow();
    }

    private static Point2D middleOf(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    /**
     * Row "timeline: + / − , Ctrl+wheel, pinch — zoom around the pointer", the wheel and the pinch. Monocle's robot
     * does not pass a held Ctrl on to the wheel and has no touchpad: the window's timeline gets the events such a
     * wheel and such a pinch deliver.
     */
    @Test
    void ctrlWheelAndPinchZoomTheTimeline(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(view::fitAll);
        Duration week = Duration.between(view.getVisibleStart(), view.getVisibleEnd());
        Canvas canvas = canvas(view);
        Point2D middle = middleOf(canvas);
        robot.interact(() -> Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, middle.getX(),
                middle.getY(), 0, 0, false, true, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        Duration afterWheel = Duration.between(view.getVisibleStart(), view.getVisibleEnd());
        assertTrue(afterWheel.compareTo(week) < 0, "Ctrl+wheel up zooms in: " + afterWheel);
        robot.interact(() -> Event.fireEvent(canvas, new ZoomEvent(ZoomEvent.ZOOM, middle.getX(), middle.getY(), 0,
                0, false, false, false, false, false, false, 2, 2, null)));
        Duration afterPinch = Duration.between(view.getVisibleStart(), view.getVisibleEnd());
        assertEquals(afterWheel.toMillis() / 2, afterPinch.toMillis(), 1000, "a pinch of 2× halves the span");
    }

    /** Row "timeline: Shift+← / Shift+→, wheel, drag — pan": the wheel, turned by the robot over the bars. */
    @Test
    void theWheelPansTheTimeline(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(view::zoomIn);
        robot.interact(view::zoomIn);
        Instant start = view.getVisibleStart();
        Duration span = Duration.between(start, view.getVisibleEnd());
        robot.moveTo(middleOf(canvas(view)));
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!view.getVisibleStart().equals(start), "the wheel panned: " + view.getVisibleStart());
        assertEquals(span, Duration.between(view.getVisibleStart(), view.getVisibleEnd()), "and kept the span");
    }
}
