package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Keyboard shortcuts (F1), in English and in French. */
class MainWindowHelpTest extends MainWindowFixture {

    private Stage stage;

    /** Each test opens the window in its own interface language. */
    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, String language) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                show(stage, language);
            } catch (ModelException e) {
                throw new IllegalStateException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void waitForWindows(int count) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == count);
    }

    @Test
    void f1ListsTheShortcutsByWhereTheyWorkAndCloseClosesIt(FxRobot robot) throws Exception {
        open(robot, "en");
        robot.type(KeyCode.F1);
        waitForWindows(2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s && "Keyboard shortcuts".equals(s.getTitle())));
        List<String> keys = texts(robot, ".shortcut-keys");
        assertTrue(keys.contains("Ctrl+O / Ctrl+E / Ctrl+P / Ctrl+Q"), keys.toString());
        assertTrue(keys.contains("F1"), keys.toString());
        assertEquals(List.of("anywhere", "reading layout", "timeline", "overview strip", "search field", "reader", "reader search"),
                texts(robot, ".shortcut-where"));
        assertTrue(texts(robot, ".shortcut-what").contains("open a model / export the PNG / briefing sheet / quit"));
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Close".equals(b.getText())).queryButton());
        waitForWindows(1);
    }

    @Test
    void inFrenchTheListIsFrenchAndEscapeClosesIt(FxRobot robot) throws Exception {
        open(robot, "fr");
        robot.type(KeyCode.F1);
        waitForWindows(2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s && "Raccourcis clavier".equals(s.getTitle())));
        assertTrue(texts(robot, ".shortcut-keys").contains("Entrée / Maj+Entrée / Échap"));
        assertTrue(texts(robot, ".shortcut-where").contains("partout"));
        List<String> shown = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(ShownTexts::ofAllWindows));
        assertEquals(List.of(), ShownTexts.english(shown, ShownTexts.englishOnly()), "English on screen");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }

    /** Help → Legend's area names, each beside a swatch of its colour, in the order shown. */
    private static List<String> legendAreas(FxRobot robot) {
        return texts(robot, ".legend-area");
    }

    @Test
    void helpLegendExplainsEachMarkAndNamesEachColour(FxRobot robot) throws Exception {
        open(robot, "en");
        robot.clickOn("Help").clickOn("Legend");
        waitForWindows(2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s && "Legend".equals(s.getTitle())));
        List<String> marks = texts(robot, ".legend-what");
        assertEquals(List.of("○", "!", "?"), texts(robot, ".legend-glyph"));
        assertEquals(List.of("Before a title: a single source reports the meeting",
                "Before a title: the sources disagree (the details say on what)",
                "Before a title: not confirmed by the sources (the details say why)"), marks.subList(0, 3));
        assertTrue(marks.get(3).startsWith("Light bar with a dashed outline: the day is known, the time is not "
                + "reported"), marks.get(3));
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("Thick outline in the accent colour: the selected")));
        List<String> areas = new ArrayList<>(bundled.areas().stream().map(a -> a.label().get("en"))
                .toList());
        areas.add("No cooperation area");
        assertEquals(areas, legendAreas(robot));
        List<Rectangle> swatches = List.copyOf(robot.lookup(".legend-swatch").queryAllAs(Rectangle.class));
        assertEquals(areas.size(), swatches.size());
        assertEquals(Color.web(bundled.areas().get(0).color()), swatches.get(0).getFill());
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Close".equals(b.getText())).queryButton());
        waitForWindows(1);
    }

    @Test
    void shiftF1OpensTheLegendInFrench(FxRobot robot) throws Exception {
        open(robot, "fr");
        robot.press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);
        waitForWindows(2);
        assertTrue(showing().stream().anyMatch(w -> w instanceof Stage s && "Légende".equals(s.getTitle())));
        assertTrue(texts(robot, ".legend-what").contains("Devant un titre\u00a0: une seule source rapporte la "
                + "réunion"));
        assertEquals("Aucun domaine de coopération", legendAreas(robot).get(legendAreas(robot).size() - 1));
        List<String> shown = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(ShownTexts::ofAllWindows));
        assertEquals(List.of(), ShownTexts.english(shown, ShownTexts.englishOnly()), "English on screen");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }

    /** The agenda's first colour dot on screen (the list keeps spare cells out of view). */
    private static Optional<Circle> firstDot(FxRobot robot) {
        Bounds agenda = robot.lookup(".agenda").query().localToScreen(robot.lookup(".agenda").query()
                .getBoundsInLocal());
        return robot.lookup(".agenda .area-swatch").queryAllAs(Circle.class).stream()
                .filter(dot -> dot.isVisible() && dot.getScene() != null && dot.getParent().getParent() != null)
                .filter(dot -> {
                    Bounds shown = dot.localToScreen(dot.getBoundsInLocal());
                    return shown != null && agenda.contains(shown.getCenterX(), shown.getCenterY());
                })
                .min(Comparator.comparingDouble(dot -> dot.localToScreen(dot.getBoundsInLocal()).getMinY()));
    }

    /** The meeting of the agenda's first colour dot, once the agenda shows titles in {@code contentLanguage}. */
    private Optional<Meeting> firstDotsMeeting(FxRobot robot, String contentLanguage) {
        Optional<Circle> dot = firstDot(robot);
        if (dot.isEmpty()) {
            return Optional.empty();
        }
        String title = robot.from(dot.get().getParent().getParent()).lookup(".agenda-title").queryAs(Label.class)
                .getText();
        return bundled.meetings().stream().filter(m -> m.title().get(contentLanguage).equals(title)).findFirst();
    }

    /** The agenda's colour dots name their area when the pointer rests on them, in the content language. */
    private void assertDotNamesItsArea(FxRobot robot, String contentLanguage) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> firstDotsMeeting(robot, contentLanguage).isPresent());
        Circle dot = firstDot(robot).orElseThrow();
        Meeting meeting = firstDotsMeeting(robot, contentLanguage).orElseThrow();
        String area = bundled.area(meeting.areas().get(0)).orElseThrow().label().get(contentLanguage);
        // From elsewhere, so that the pointer arrives on the dot whatever an earlier test left under it.
        robot.moveTo(".week-title").moveTo(dot).moveBy(1, 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().stream()
                .anyMatch(w -> w instanceof Tooltip tip && area.equals(tip.getText())));
    }

    @Test
    void anAgendaDotsTooltipNamesItsArea(FxRobot robot) throws Exception {
        open(robot, "en");
        assertDotNamesItsArea(robot, "en");
    }

    @Test
    void inFrenchAnAgendaDotsTooltipNamesItsAreaInFrench(FxRobot robot) throws Exception {
        open(robot, "fr");
        WaitForAsyncUtils.asyncFx(() -> viewModel.setPreferredLanguage("fr")).get(10, TimeUnit.SECONDS);
        assertDotNamesItsArea(robot, "fr");
    }

    /**
     * Pixels of the meeting's bar, read back from a snapshot of the timeline, whose red outweighs their blue by
     * {@code redOverBlue} or more (negative: blue over red). The fill is lightly tinted (the meeting's time is not
     * reported) and carries its title, so a hue is counted rather than a colour matched: connectivity's rust is
     * red over blue, maritime's blue the reverse.
     */
    private static int hued(FxRobot robot, Meeting meeting, double redOverBlue) throws Exception {
        TimelineView<Meeting> view = timeline(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.itemBounds(meeting).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bar = view.itemBounds(meeting).orElseThrow();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        int count = 0;
        for (int x = (int) bar.getMinX() + 1; x < (int) bar.getMaxX() - 1; x++) {
            for (int y = (int) bar.getMinY() + 1; y < (int) bar.getMaxY() - 1; y++) {
                Color pixel = shot.getPixelReader().getColor(x, y);
                double difference = pixel.getRed() - pixel.getBlue();
                if (redOverBlue > 0 ? difference >= redOverBlue : difference <= redOverBlue) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void withAnAreaFilterABarTakesTheColourOfItsFirstAreaInTheFilter(FxRobot robot) throws Exception {
        open(robot, "en");
        Meeting eas = meeting(robot, "eas-fmm-9");
        assertEquals(List.of("connect", "env", "disaster", "health", "maritime", "architecture"), eas.areas());
        assertTrue(hued(robot, eas, 0.04) > 3 * hued(robot, eas, -0.04), "with every area, connectivity's rust");

        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "maritime".equals(n.getUserData())).<Node>query());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hued(robot, eas, -0.04) > 3 * hued(robot, eas, 0.04));
    }
}
