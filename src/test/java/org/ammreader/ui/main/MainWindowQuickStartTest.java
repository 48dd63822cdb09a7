package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the application first shows it: title, count and timeline at once, the other views just after. */
class MainWindowQuickStartTest extends MainWindowFixture {

    private boolean viewsAtFirst;
    /** What the complete window showed when its signal came: agenda rows with text, and the panes' widths. */
    private volatile String completeAt;

    @Start
    void start(Stage stage) throws ModelException {
        window(stage).showQuickly(Messages.forLanguage("en"), 1280, 800, () -> completeAt = agendaRows(stage));
        viewsAtFirst = !((StackPane) stage.getScene().lookup(".detail-home")).getChildren().isEmpty();
    }

    @Test
    void showsTheWeekAtOnceAndTheOtherViewsAfterItsFirstFrames(FxRobot robot) throws TimeoutException {
        assertFalse(viewsAtFirst, "the detail pane, agenda and reader wait for the first frames");
        assertEquals(bundled.title().get("en"), text(robot, ".week-title"));
        assertTrue(text(robot, ".status-text").contains(bundled.meetings().size() + " meetings"));
        assertTrue(robot.lookup(".meeting-timeline").tryQuery().isPresent());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".agenda").tryQuery().isPresent()
                && robot.lookup(".detail-pane").tryQuery().isPresent());
        assertFalse(robot.lookup(".reader").tryQuery().isPresent(), "the reader waits for its tab");

        robot.clickOn(robot.lookup(".bottom-tabs .tab").match(tab -> tab.lookup(".tab-label") != null
                && "Reader".equals(((Label) tab.lookup(".tab-label")).getText())).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".reader").tryQuery()
                .isPresent());
    }

    @Test
    void signalsTheCompleteWindowOnlyOnceTheAgendaAndDetailsAreLaidOut() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> completeAt != null);
        assertTrue(completeAt.matches("rows=[1-9]\\d* detail=[1-9]\\d* timeline=[1-9]\\d*"), completeAt);
    }

    /** Agenda rows showing text, and the widths of the detail pane and the timeline, as laid out now. */
    private static String agendaRows(Stage stage) {
        Scene scene = stage.getScene();
        long rows = scene.getRoot().lookupAll(".agenda .list-cell").stream()
                .filter(cell -> cell.isVisible() && ((ListCell<?>) cell).getItem() != null).count();
        return "rows=" + rows + " detail=" + (int) ((Region) scene.lookup(".detail-pane")).getWidth()
                + " timeline=" + (int) ((Region) scene.lookup(".meeting-timeline")).getWidth();
    }
}
