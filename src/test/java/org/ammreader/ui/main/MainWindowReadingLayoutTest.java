package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading layout at 1280 × 800, read off the screen: how much of the window the reader gets, how many
 * paragraph pairs a user sees whole, and every way in (Open in reader, Ctrl+3, Documents, View) and back out
 * (Escape, the button, Ctrl+1, Ctrl+2).
 */
class MainWindowReadingLayoutTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup(".main-window").query().getScene().getFocusOwner();
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".bottom-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    /** The label of the bottom tab named by message {@code key}, to click. */
    private static Node tab(FxRobot robot, String key) {
        return robot.lookup(".bottom-tabs .tab-label")
                .match(label -> ENGLISH.get(key).equals(((Label) label).getText())).query();
    }

    private static String layoutButton(FxRobot robot) {
        return robot.lookup(".layout-button").queryAs(Button.class).getText();
    }

    @Test
    void openInReaderShowsAtLeastThreeParagraphPairsWholeAt1280By800(FxRobot robot) throws TimeoutException {
        Scene scene = robot.lookup(".main-window").query().getScene();
        assertEquals(1280, scene.getWidth());
        assertEquals(800, scene.getHeight());
        assertTrue(LayoutOnScreen.normal(robot), "the window opens in the normal layout");
        robot.interact(() -> viewModel.selectMeeting("asean-eu-pmc"));
        robot.clickOn(".detail-document-link");
        LayoutOnScreen.waitFor(robot, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !LayoutOnScreen.pairsInView(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> pairs = LayoutOnScreen.pairsInView(robot);
        assertTrue(pairs.size() >= 3, "paragraph pairs seen whole: " + pairs);
        assertEquals(List.of("1", "2", "3"), pairs.subList(0, 3), "from the first paragraph");
        assertTrue(robot.lookup(".document-title").queryAllAs(Label.class).stream().anyMatch(title ->
                title.getText().equals(bundled.document("asean-eu-cyber-statement").orElseThrow().title().get("en"))
                        && LayoutOnScreen.shown(title)), "under the document's title");
        assertEquals(ENGLISH.get("layout.back"), layoutButton(robot));
    }

    @Test
    void ctrl3OpensTheReadingLayoutAndEscapeGoesBackToTheTimeline(FxRobot robot) {
        robot.interact(() -> viewModel.selectMeeting("asean-eu-pmc"));
        robot.clickOn(".search-field");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot));

        // Escape first closes the reader's search, and only then leaves the reading layout.
        robot.push(KeyCode.CONTROL, KeyCode.F).write("cyber").type(KeyCode.ESCAPE);
        assertTrue(LayoutOnScreen.reading(robot), "still reading after the search was closed");
        robot.type(KeyCode.ESCAPE);
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(timeline(robot), focused(robot));
        assertEquals(ENGLISH.get("layout.reading"), layoutButton(robot));
        assertEquals("asean-eu-pmc", timeline(robot).getSelectedItem().id(), "the Escape was not the timeline's");
    }

    @Test
    void theButtonGoesBackAndForth(FxRobot robot) {
        robot.clickOn(".layout-button");
        LayoutOnScreen.waitFor(robot, true);
        assertTrue(LayoutOnScreen.pairsInView(robot).size() >= 3, "pairs in view: " + LayoutOnScreen.pairsInView(robot));
        robot.clickOn(".layout-button");
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(timeline(robot), focused(robot));
        // The same reader in its tab under the timeline, where it was before the reading layout: no pair in view.
        robot.clickOn(tab(robot, "tab.reader"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(LayoutOnScreen.normal(robot), LayoutOnScreen.describe(robot));
        assertEquals(List.of(), LayoutOnScreen.pairsInView(robot));
    }

    @Test
    void ctrl1GoesBackToTheTimelineAndCtrl2ToTheAgenda(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(timeline(robot), focused(robot));
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot), "the tab shown before the reading layout");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot));
    }

    @Test
    void theDocumentsAndViewMenusOpenTheReadingLayout(FxRobot robot) {
        String communique = bundled.document("amm52-joint-communique").orElseThrow().title().get("en");
        robot.clickOn(ENGLISH.get("menu.documents").replace("_", "")).clickOn(communique);
        LayoutOnScreen.waitFor(robot, true);
        assertTrue(robot.lookup(".document-title").queryAllAs(Label.class).stream()
                .anyMatch(title -> title.getText().equals(communique)), "the communiqué is open");
        assertTrue(LayoutOnScreen.pairsInView(robot).size() >= 3, "pairs in view: " + LayoutOnScreen.pairsInView(robot));

        robot.clickOn(".layout-button");
        LayoutOnScreen.waitFor(robot, false);
        robot.clickOn(ENGLISH.get("menu.view").replace("_", ""))
                .clickOn(ENGLISH.get("menu.view.reader").replace("_", ""));
        LayoutOnScreen.waitFor(robot, true);
    }

    @Test
    void theReadersMeetingLinkShowsTheMeetingOnTheTimeline(FxRobot robot) {
        robot.interact(() -> viewModel.selectMeeting(null));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        LayoutOnScreen.waitFor(robot, true);
        robot.clickOn(".meeting-link");
        LayoutOnScreen.waitFor(robot, false);
        assertEquals("asean-eu-pmc", timeline(robot).getSelectedItem().id());
        assertTrue(timeline(robot).itemBounds(timeline(robot).getSelectedItem()).isPresent(), "in view");
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot), "the reader stays in its tab below");
    }

    @Test
    void choosingTheAgendaTabLeavesTheReadingLayout(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        LayoutOnScreen.waitFor(robot, true);
        robot.clickOn(tab(robot, "tab.agenda"));
        LayoutOnScreen.waitFor(robot, false);
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot));
        assertFalse(LayoutOnScreen.reading(robot));
    }
}
