package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reader in the window: opened from the detail panel and the Documents menu, linked to the timeline. */
class MainWindowReaderTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".bottom-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    /** The document titles the reader shows, one per column. */
    private static List<String> documentTitles(FxRobot robot) {
        return robot.lookup(".document-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theMeetingLinkSelectsTheAseanEuMeetingOnTheTimeline(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".bottom-tabs .tab").match(tab -> tab.lookup(".tab-label") != null
                && "Reader".equals(((Label) tab.lookup(".tab-label")).getText())).<javafx.scene.Node>query());
        assertEquals("Reader", selectedTab(robot));
        robot.clickOn((Hyperlink) robot.lookup(".meeting-link").queryAll().iterator().next());
        @SuppressWarnings("unchecked")
        TimelineView<Meeting> timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.getSelectedItem() != null);
        assertEquals("asean-eu-pmc", timeline.getSelectedItem().id());
        assertTrue(timeline.itemBounds(timeline.getSelectedItem()).isPresent(), "scrolled into view");
        assertEquals(timeline.getSelectedItem().title().get("en"),
                robot.lookup(".detail-title").queryAs(Label.class).getText());
    }

    @Test
    void openInReaderFromTheDetailPanelOpensTheDocument(FxRobot robot) {
        robot.interact(() -> viewModel.selectMeeting("amm52-communique"));
        robot.clickOn(".detail-document-link");
        assertEquals("Reader", selectedTab(robot));
        assertTrue(documentTitles(robot).contains(bundled.document("amm52-joint-communique").orElseThrow().title().get("en")),
                documentTitles(robot).toString());
    }

    @Test
    void theDocumentsMenuListsAndOpensEveryDocument(FxRobot robot) {
        String statement = bundled.document("asean-eu-cyber-statement").orElseThrow().title().get("en");
        String communique = bundled.document("amm52-joint-communique").orElseThrow().title().get("en");
        robot.clickOn("Documents").clickOn(communique);
        assertTrue(documentTitles(robot).contains(communique), documentTitles(robot).toString());
        robot.clickOn("Documents").clickOn(statement);
        assertTrue(documentTitles(robot).contains(statement), documentTitles(robot).toString());
        assertEquals("Reader", selectedTab(robot));
    }
}
