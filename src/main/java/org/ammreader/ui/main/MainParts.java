package org.ammreader.ui.main;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.ammreader.ui.filter.AreaFilterControl;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.search.MeetingSearchBar;
import org.ammreader.ui.timeline.MeetingTimeline;

/**
 * The views the main window arranges: each is built by {@link MainWindow} and placed by the controller. Those
 * below and beside the timeline come from {@code views}, called once, possibly only after the window's first
 * frames (see {@link MainWindow#showQuickly}); the reader from {@code reader}, called once, at start-up only when
 * its tab is first chosen (docs/adr/0013).
 */
record MainParts(MeetingTimeline timeline, AreaFilterControl areaFilter, MeetingSearchBar search,
                 Supplier<Views> views, Supplier<ReaderView> reader) {

    /** The detail pane beside the timeline, and the agenda under it. */
    record Views(Node detail, Node agenda) {
    }
}
