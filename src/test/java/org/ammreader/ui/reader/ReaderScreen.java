package org.ammreader.ui.reader;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** What the reader shows on screen, read the way a user reads it: rows top to bottom, columns left to right. */
final class ReaderScreen {

    private final FxRobot robot;

    ReaderScreen(FxRobot robot) {
        this.robot = robot;
    }

    /** The paragraph rows on screen, top to bottom. */
    List<Parent> rows() {
        return robot.lookup(".paragraph-row").queryAllAs(Parent.class).stream()
                .filter(ReaderScreen::shown)
                .filter(row -> row.getParent() instanceof ReaderCell cell && cell.getItem() instanceof ReaderLine.Row)
                .sorted(Comparator.comparingDouble(row -> row.localToScene(row.getBoundsInLocal()).getMinY()))
                .toList();
    }

    /** The row numbered {@code number} in the margin. */
    Parent row(int number) {
        return rows().stream().filter(row -> number(row).equals(String.valueOf(number))).findFirst()
                .orElseThrow(() -> new AssertionError("no row numbered " + number + " on screen"));
    }

    static String number(Parent row) {
        return ((Label) row.lookup(".paragraph-number")).getText();
    }

    /** The texts shown in a row, left column first; a hidden column is not shown. */
    static List<Text> texts(Parent row) {
        return row.lookupAll(".reader-text").stream()
                .filter(ReaderScreen::shown)
                .map(Text.class::cast)
                .sorted(Comparator.comparingDouble(text -> sceneBounds(text).getMinX()))
                .toList();
    }

    static List<String> strings(Parent row) {
        return texts(row).stream().map(Text::getText).toList();
    }

    /** The column boxes of a row (text with its padding), left first. */
    static List<Node> columns(Parent row) {
        return row.lookupAll(".reader-column").stream()
                .filter(ReaderScreen::shown)
                .sorted(Comparator.comparingDouble(column -> sceneBounds(column).getMinX()))
                .toList();
    }

    /**
     * How many highlight rectangles (one per line a range covers) of {@code styleClass} are painted in each shown
     * column of a row, left first.
     */
    static List<Integer> painted(Parent row, String styleClass) {
        return columns(row).stream()
                .map(column -> (int) ((Path) column.lookup("." + styleClass)).getElements().stream()
                        .filter(MoveTo.class::isInstance).count())
                .toList();
    }

    static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Visible, and so are all its parents. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
