package org.ammreader.ui.main;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.ammreader.i18n.Messages;
import org.ammreader.settings.SplitPositions;

/**
 * The main window's two layouts (docs/adr/0015): the normal one — the week's title, the toolbar, the timeline and
 * the details over the bottom tabs — and the reading layout, where the title and the toolbar hide and the vertical
 * divider goes to its own position (by default the top), so that the reader's tab fills the window. Each layout
 * keeps the divider positions the user gave it.
 */
final class WindowLayout {

    private static final PseudoClass READING = PseudoClass.getPseudoClass("reading");

    private final List<Node> hiddenWhileReading;
    private final SplitPane verticalSplit;
    private final SplitPane horizontalSplit;
    private final TabPane bottomTabs;
    private final Tab readerTab;
    private final Button button;
    private final Tooltip buttonTip;
    private final Messages messages;
    /** The dividers' positions, the live ones read back from the split panes by {@link #dividers()}. */
    private SplitPositions dividers;
    private boolean reading;
    /** The bottom tab shown before the reading layout, shown again after it. */
    private Tab tabBeforeReading;

    /**
     * @param hiddenWhileReading what the reading layout does without (the week's title, the toolbar)
     * @param button the button that goes into the reading layout, or back out of it
     * @param dividers where the dividers go in each layout
     */
    WindowLayout(List<Node> hiddenWhileReading, SplitPane verticalSplit, SplitPane horizontalSplit,
                 TabPane bottomTabs, Tab readerTab, Button button, Tooltip buttonTip, Messages messages,
                 SplitPositions dividers) {
        this.hiddenWhileReading = List.copyOf(hiddenWhileReading);
        this.verticalSplit = verticalSplit;
        this.horizontalSplit = horizontalSplit;
        this.bottomTabs = bottomTabs;
        this.readerTab = readerTab;
        this.button = button;
        this.buttonTip = buttonTip;
        this.messages = messages;
        this.dividers = dividers;
        arrange();
    }

    /** Whether the window is in its reading layout. */
    boolean reading() {
        return reading;
    }

    /** Into the reading layout, the reader's tab chosen. */
    void enterReading() {
        if (reading) {
            return;
        }
        dividers = dividers();
        tabBeforeReading = bottomTabs.getSelectionModel().getSelectedItem();
        reading = true;
        bottomTabs.getSelectionModel().select(readerTab);
        arrange();
    }

    /** Back to the normal layout, if the window is in the reading layout, with the tab shown before it. */
    void leaveReading() {
        leaveReading(tabBeforeReading);
    }

    /** Back to the normal layout, if the window is in the reading layout, with {@code tab} below the timeline. */
    void leaveReading(Tab tab) {
        if (!reading) {
            return;
        }
        dividers = dividers();
        reading = false;
        arrange();
        bottomTabs.getSelectionModel().select(tab);
    }

    /**
     * Where the dividers are now: the live positions for the layout shown, those it last had for the other. The
     * window remembers them when it closes, and shows them again when it is rebuilt in another language.
     */
    SplitPositions dividers() {
        double vertical = verticalSplit.getDividerPositions()[0];
        double horizontal = horizontalSplit.getDividerPositions()[0];
        return reading ? new SplitPositions(dividers.timelineHeight(), horizontal, vertical)
                : new SplitPositions(vertical, horizontal, dividers.readingTimelineHeight());
    }

    /** Shows or hides what the reading layout does without, moves the dividers and words the button. */
    private void arrange() {
        for (Node part : hiddenWhileReading) {
            part.setVisible(!reading);
            part.setManaged(!reading);
        }
        verticalSplit.setDividerPositions(reading ? dividers.readingTimelineHeight() : dividers.timelineHeight());
        horizontalSplit.setDividerPositions(dividers.timelineWidth());
        button.setText(messages.get(reading ? "layout.back" : "layout.reading"));
        buttonTip.setText(messages.get(reading ? "layout.back.tip" : "layout.reading.tip"));
        button.pseudoClassStateChanged(READING, reading);
    }
}
