package org.ammreader.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import org.ammreader.i18n.Messages;

/** Help → Keyboard shortcuts: every {@link KeyboardShortcut}, under a heading for where it works. */
final class ShortcutList {

    private static final double VIEWPORT_HEIGHT = 480;

    private ShortcutList() {
    }

    static Node of(Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-list");
        int row = 0;
        KeyboardShortcut.Where shown = null;
        for (KeyboardShortcut shortcut : KeyboardShortcut.values()) {
            if (shortcut.where() != shown) {
                shown = shortcut.where();
                grid.add(label(shown.text(messages), "shortcut-where"), 0, row++, 2, 1);
            }
            grid.add(label(shortcut.keys(messages), "shortcut-keys"), 0, row);
            grid.add(label(shortcut.what(messages), "shortcut-what"), 1, row++);
        }
        return scrolled(grid);
    }

    /** A help dialog's grid, scrolled past a viewport's height (the legend uses it too). */
    static ScrollPane scrolled(GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(VIEWPORT_HEIGHT);
        return scroll;
    }

    /** A help dialog's wrapping label of {@code styleClass}. */
    static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
