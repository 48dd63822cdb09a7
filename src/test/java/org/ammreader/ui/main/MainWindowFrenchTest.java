package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window and each dialog with the French interface: no English text of the interface on screen. */
class MainWindowFrenchTest extends MainWindowFixture {

    private static final Messages FRENCH = Messages.forLanguage("fr");
    private static List<Pattern> english;

    @BeforeAll
    static void englishTexts() throws IOException {
        english = ShownTexts.englishOnly();
    }

    @Start
    void start(Stage stage) throws ModelException {
        show(stage, "fr");
    }

    /** Fails listing each English text shown in any window, with {@code where} the user is. */
    private static void assertNoEnglish(FxRobot robot, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(ShownTexts::ofAllWindows));
        assertTrue(texts.size() > 5, where + ": texts are read from the screen: " + texts);
        assertEquals(List.of(), ShownTexts.english(texts, english), where + ": English on screen");
    }

    private static int windows() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                (int) Window.getWindows().stream().filter(Window::isShowing).count()));
    }

    private static void waitForWindows(int count) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windows() == count);
    }

    @Test
    void theMainWindowTheAgendaTheReaderAndTheAreaPanelAreInFrench(FxRobot robot) {
        assertNoEnglish(robot, "the main window");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertEquals(FRENCH.get("tab.reader"), robot.lookup(".bottom-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getText());
        LayoutOnScreen.waitFor(robot, true);
        assertTrue(LayoutOnScreen.pairsInView(robot).size() >= 3, "in the reading layout, in French too: "
                + LayoutOnScreen.pairsInView(robot));
        assertNoEnglish(robot, "the reader");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertNoEnglish(robot, "the agenda");
        robot.clickOn(".area-filter-button");
        assertNoEnglish(robot, "the area panel");
    }

    /** At 1280 × 800 the details of a meeting with long French texts and area names wrap inside the pane. */
    @Test
    void theSearchHintFitsInTheField(FxRobot robot) {
        MainWindowSearchTest.assertSearchHintFits(robot);
    }

    @Test
    void theDetailsWrapInsideTheirPaneInBothContentLanguages(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".detail-scroll").tryQuery().isPresent());
        robot.interact(() -> viewModel.selectMeeting("asean-eu-pmc"));
        for (String language : List.of("fr", "en")) {
            robot.interact(() -> viewModel.contentLanguageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane details = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
            double viewport = details.getViewportBounds().getWidth();
            double content = details.getContent().getLayoutBounds().getWidth();
            assertTrue(viewport > 200, "the details pane is shown: " + viewport);
            assertTrue(content <= viewport + 0.5, language + ": the details are " + content
                    + " px wide in a viewport of " + viewport + " px: their right edge is hidden");
        }
    }

    @Test
    void thePngDialogIsInFrench(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitForWindows(2);
        assertNoEnglish(robot, "the PNG export dialog");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }

    @Test
    void theNewWeekDialogIsInFrench(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitForWindows(2);
        for (String key : List.of("newWeek.header", "newWeek.weekTitle", "newWeek.start", "newWeek.end",
                "newWeek.timeZone", "newWeek.languages", "newWeek.languagesHint", "newWeek.create",
                "newWeek.problem.title")) {
            assertTrue(robot.from(robot.lookup(".new-week").<Node>query())
                    .lookup((Node n) -> n instanceof Labeled l && FRENCH.get(key).equals(l.getText()))
                    .tryQuery().isPresent(), key + ": " + FRENCH.get(key));
        }
        assertEquals("Donnez un titre à la semaine.", robot.lookup(".new-week-problems").queryAs(Label.class).getText());
        assertNoEnglish(robot, "the new week dialog");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }

    @Test
    void theBriefingPreviewIsInFrench(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        waitForWindows(2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#briefing-status").tryQuery()
                .map(n -> !((Label) n).getText().equals(FRENCH.get("briefing.building"))).orElse(false));
        assertNoEnglish(robot, "the briefing preview");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }

    @Test
    void theAboutBoxIsInFrench(FxRobot robot) throws TimeoutException {
        robot.clickOn(FRENCH.get("menu.help").replace("_", "")).clickOn(FRENCH.get("menu.help.about").replace("_", ""));
        waitForWindows(2);
        assertNoEnglish(robot, "the About box");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }

    @Test
    void theProblemsOfABadModelAreInFrench(FxRobot robot) throws IOException, TimeoutException {
        Path bad = Files.writeString(folder.resolve("mauvais.json"), "{\"format\": \"amm-reader/1\", \"tracks\": 3}");
        filesToChoose.add(bad);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitForWindows(2);
        assertNoEnglish(robot, "the problems dialog");
        robot.type(KeyCode.ESCAPE);
        waitForWindows(1);
    }
}
