package org.ammreader.ui.main;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import org.ammreader.timeline.MeetingTimelineStyle;
import org.ammreader.ui.reader.ReaderView;

/** The application's stylesheets, in cascade order: theme tokens first, then one small sheet per area. */
final class Stylesheets {

    private static final List<String> SHEETS = List.of(
            MeetingTimelineStyle.THEME,
            "/org/ammreader/ui/main/main.css",
            MeetingTimelineStyle.SHEET,
            "/org/ammreader/ui/detail/detail.css",
            "/org/ammreader/ui/filter/filter.css",
            "/org/ammreader/ui/agenda/agenda.css",
            ReaderView.STYLESHEET);

    private Stylesheets() {
    }

    static void apply(Scene scene) {
        scene.getStylesheets().setAll(SHEETS.stream()
                .map(sheet -> Objects.requireNonNull(Stylesheets.class.getResource(sheet), sheet).toExternalForm())
                .toList());
    }
}
