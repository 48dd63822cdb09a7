package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
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

    /** A node and all its parents visible. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /**
     * The numbers of the paragraph rows whose two columns of text both lie whole inside the reader's scrolling
     * viewport and the window, top to bottom: the pairs a user can read without scrolling.
     */
    static List<String> pairsInView(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Node flow = robot.lookup(".reader .virtual-flow").query();
            Scene scene = flow.getScene();
            Bounds viewport = onScreen(flow);
            Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
            List<Node> rows = new ArrayList<>(robot.lookup(".reader .paragraph-row").queryAll().stream()
                    .filter(MainWindowReadingLayoutTest::shown).toList());
            rows.sort((a, b) -> Double.compare(onScreen(a).getMinY(), onScreen(b).getMinY()));
            List<String> whole = new ArrayList<>();
            for (Node row : rows) {
                List<Node> texts = row.lookupAll(".reader-text").stream().filter(MainWindowReadingLayoutTest::shown)
                        .filter(text -> !((Text) text).getText().isBlank()).toList();
                boolean inView = texts.size() == 2 && texts.stream().map(MainWindowReadingLayoutTest::onScreen)
                        .allMatch(text -> viewport.contains(text) && window.contains(text));
                if (inView) {
                    whole.add(((Label) row.lookup(".paragraph-number")).getText());
                }
            }
            return whole;
        }));
    }

    /** The height of the timeline and the detail pane beside it, above the divider. */
    private static double timelineArea(FxRobot robot) {
        return robot.lookup(".timeline-split").queryAs(Region.class).getHeight();
    }

    private static boolean readingLayout(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> !shown(robot.lookup(".week-title").query())
                && timelineArea(robot) < 1 && robot.lookup(".reader").tryQuery().isPresent()
                && robot.lookup(".reader").queryAs(Region.class).getHeight()
                        >= 0.75 * robot.lookup(".main-window").query().getScene().getHeight()));
    }

    /** The normal layout: the week's title, the toolbar and the timeline at the height it had at the start. */
    private static boolean normalLayout(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> shown(robot.lookup(".week-title").query())
                && shown(robot.lookup(".fit-week").query()) && timeline(robot).getHeight() > 300));
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup(".main-window").query().getScene().getFocusOwner();
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".bottom-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    private static String layoutButton(FxRobot robot) {
        return robot.lookup(".layout-button").queryAs(Button.class).getText();
    }

    /** What tells one layout from the other, for messages. */
    private static String layout(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> "title shown "
                + shown(robot.lookup(".week-title").query()) + ", timeline and details " + timelineArea(robot)
                + " px high, reader " + robot.lookup(".reader").tryQueryAs(Region.class).map(Region::getHeight)
                .orElse(0.0) + " px"));
    }

    private static void waitForLayout(FxRobot robot, boolean reading) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reading ? readingLayout(robot) : normalLayout(robot));
        } catch (TimeoutException e) {
            throw new AssertionError((reading ? "no reading layout: " : "no normal layout: ") + layout(robot), e);
        }
    }

    @Test
    void openInReaderShowsAtLeastThreeParagraphPairsWholeAt1280By800(FxRobot robot) throws TimeoutException {
        Scene scene = robot.lookup(".main-window").query().getScene();
        assertEquals(1280, scene.getWidth());
        assertEquals(800, scene.getHeight());
        assertTrue(normalLayout(robot), "the window opens in the normal layout");
        robot.interact(() -> viewModel.selectMeeting("asean-eu-pmc"));
        robot.clickOn(".detail-document-link");
        waitForLayout(robot, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !pairsInView(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> pairs = pairsInView(robot);
        assertTrue(pairs.size() >= 3, "paragraph pairs seen whole: " + pairs);
        assertEquals(List.of("1", "2", "3"), pairs.subList(0, 3), "from the first paragraph");
        assertTrue(robot.lookup(".document-title").queryAllAs(Label.class).stream().anyMatch(title ->
                title.getText().equals(bundled.document("asean-eu-cyber-statement").orElseThrow().title().get("en"))
                        && shown(title)), "under the document's title");
        assertEquals(ENGLISH.get("layout.back"), layoutButton(robot));
    }

    @Test
    void ctrl3OpensTheReadingLayoutAndEscapeGoesBackToTheTimeline(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.selectMeeting("asean-eu-pmc"));
        robot.clickOn(".search-field");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForLayout(robot, true);
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot));

        // Escape first closes the reader's search, and only then leaves the reading layout.
        robot.push(KeyCode.CONTROL, KeyCode.F).write("cyber").type(KeyCode.ESCAPE);
        assertTrue(readingLayout(robot), "still reading after the search was closed");
        robot.type(KeyCode.ESCAPE);
        waitForLayout(robot, false);
        assertEquals(timeline(robot), focused(robot));
        assertEquals(ENGLISH.get("layout.reading"), layoutButton(robot));
        assertEquals("asean-eu-pmc", timeline(robot).getSelectedItem().id(), "the Escape was not the timeline's");
    }

    @Test
    void theButtonGoesBackAndForth(FxRobot robot) throws TimeoutException {
        robot.clickOn(".layout-button");
        waitForLayout(robot, true);
        assertTrue(pairsInView(robot).size() >= 3, "pairs in view: " + pairsInView(robot));
        robot.clickOn(".layout-button");
        waitForLayout(robot, false);
        assertEquals(timeline(robot), focused(robot));
        // The same reader in its tab under the timeline, as it was before the reading layout: no pair in view.
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot));
        assertEquals(List.of(), pairsInView(robot));
    }

    @Test
    void ctrl1GoesBackToTheTimelineAndCtrl2ToTheAgenda(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForLayout(robot, true);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitForLayout(robot, false);
        assertEquals(timeline(robot), focused(robot));
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot), "the tab shown before the reading layout");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForLayout(robot, true);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitForLayout(robot, false);
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot));
    }

    @Test
    void theDocumentsAndViewMenusOpenTheReadingLayout(FxRobot robot) throws TimeoutException {
        String communique = bundled.document("amm52-joint-communique").orElseThrow().title().get("en");
        robot.clickOn(ENGLISH.get("menu.documents").replace("_", "")).clickOn(communique);
        waitForLayout(robot, true);
        assertTrue(robot.lookup(".document-title").queryAllAs(Label.class).stream()
                .anyMatch(title -> title.getText().equals(communique)), "the communiqué is open");
        assertTrue(pairsInView(robot).size() >= 3, "pairs in view: " + pairsInView(robot));

        robot.clickOn(".layout-button");
        waitForLayout(robot, false);
        robot.clickOn(ENGLISH.get("menu.view").replace("_", ""))
                .clickOn(ENGLISH.get("menu.view.reader").replace("_", ""));
        waitForLayout(robot, true);
    }

    @Test
    void theReadersMeetingLinkShowsTheMeetingOnTheTimeline(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.selectMeeting(null));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        waitForLayout(robot, true);
        robot.clickOn(".meeting-link");
        waitForLayout(robot, false);
        assertEquals("asean-eu-pmc", timeline(robot).getSelectedItem().id());
        assertTrue(timeline(robot).itemBounds(timeline(robot).getSelectedItem()).isPresent(), "in view");
        assertEquals(ENGLISH.get("tab.reader"), selectedTab(robot), "the reader stays in its tab below");
    }

    @Test
    void choosingTheAgendaTabLeavesTheReadingLayout(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForLayout(robot, true);
        robot.clickOn(robot.lookup(".bottom-tabs .tab-label").match(label ->
                ENGLISH.get("tab.agenda").equals(((Label) label).getText())).<Node>query());
        waitForLayout(robot, false);
        assertEquals(ENGLISH.get("tab.agenda"), selectedTab(robot));
        assertFalse(readingLayout(robot));
    }
}
