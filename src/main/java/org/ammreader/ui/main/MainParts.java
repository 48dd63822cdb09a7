package org.ammreader.ui.main;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.ammreader.ui.filter.AreaFilterControl;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.search.SearchBar;
import org.ammreader.ui.timeline.MeetingTimeline;

/**
 * The views the main window arranges: each is built by {@link MainWindow} and placed by the controller. Those
 * below and beside the timeline come from {@code views}, called once, possibly only after the window's first
 * frames (see {@link MainWindow#showQuickly}).
 */
record MainParts(MeetingTimeline timeline, AreaFilterControl areaFilter, SearchBar search, Supplier<Views> views) {

    /** The detail pane beside the timeline, and the agenda and the reader under it. */
    record Views(Node detail, Node agenda, ReaderView reader) {
    }
}
