package org.ammreader.ui.main;

import java.util.List;
import javafx.scene.Scene;
import org.ammreader.timeline.MeetingTimelineStyle;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.theme.Appearance;

/** The main window's stylesheets, in cascade order after the theme's tokens: one small sheet per area. */
final class Stylesheets {

    private static final List<String> SHEETS = List.of(
            "/org/ammreader/ui/main/main.css",
            MeetingTimelineStyle.SHEET,
            "/org/ammreader/ui/detail/detail.css",
            "/org/ammreader/ui/filter/filter.css",
            "/org/ammreader/ui/agenda/agenda.css",
            ReaderView.STYLESHEET);

    private Stylesheets() {
    }

    static void apply(Scene scene, Appearance appearance) {
        appearance.style(scene, SHEETS);
    }
}
