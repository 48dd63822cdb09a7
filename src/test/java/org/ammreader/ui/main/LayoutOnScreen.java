package org.ammreader.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's layout as a user sees it: which one is on screen, and how many paragraph pairs the reader shows. */
final class LayoutOnScreen {

    private LayoutOnScreen() {
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
            List<Node> rows = robot.lookup(".reader .paragraph-row").queryAll().stream().filter(LayoutOnScreen::shown)
                    .sorted(Comparator.comparingDouble(row -> onScreen(row).getMinY())).toList();
            List<String> whole = new ArrayList<>();
            for (Node row : rows) {
                List<Node> texts = row.lookupAll(".reader-text").stream().filter(LayoutOnScreen::shown)
                        .filter(text -> !((Text) text).getText().isBlank()).toList();
                boolean inView = texts.size() == 2 && texts.stream().map(LayoutOnScreen::onScreen)
                        .allMatch(text -> viewport.contains(text) && window.contains(text));
                if (inView) {
                    whole.add(((Label) row.lookup(".paragraph-number")).getText());
                }
            }
            return whole;
        }));
    }

    /** The height of the timeline and the detail pane beside it, above the divider. */
    static double timelineArea(FxRobot robot) {
        return robot.lookup(".timeline-split").queryAs(Region.class).getHeight();
    }

    /**
     * The reading layout with its default divider: no week title, no timeline, and the reader over three quarters
     * of the window's height.
     */
    static boolean reading(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> !shown(robot.lookup(".week-title").query())
                && timelineArea(robot) < 1 && robot.lookup(".reader").tryQuery().isPresent()
                && robot.lookup(".reader").queryAs(Region.class).getHeight()
                        >= 0.75 * robot.lookup(".main-window").query().getScene().getHeight()));
    }

    /** The normal layout: the week's title, the toolbar and the timeline. */
    static boolean normal(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> shown(robot.lookup(".week-title").query())
                && shown(robot.lookup(".fit-week").query()) && timelineArea(robot) > 200));
    }

    /** What tells one layout from the other, for messages. */
    static String describe(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> "title shown "
                + shown(robot.lookup(".week-title").query()) + ", timeline and details " + timelineArea(robot)
                + " px high, reader " + robot.lookup(".reader").tryQueryAs(Region.class).map(Region::getHeight)
                .orElse(0.0) + " px"));
    }

    /** Waits for the reading layout ({@code reading}) or the normal one, and fails saying what is on screen. */
    static void waitFor(FxRobot robot, boolean reading) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reading ? reading(robot) : normal(robot));
        } catch (TimeoutException e) {
            throw new AssertionError((reading ? "no reading layout: " : "no normal layout: ") + describe(robot), e);
        }
    }
}
