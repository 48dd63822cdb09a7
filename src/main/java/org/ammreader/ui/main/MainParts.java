package org.ammreader.ui.main;

import javafx.scene.Node;
import org.ammreader.ui.filter.AreaFilterControl;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.search.SearchBar;
import org.ammreader.ui.timeline.MeetingTimeline;

/** The views the main window arranges: each is built by {@link MainWindow} and placed by the controller. */
record MainParts(MeetingTimeline timeline, Node detail, Node agenda, ReaderView reader, AreaFilterControl areaFilter,
                 SearchBar search) {
}
