package org.ammreader.timeline;

import java.util.List;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.ammreader.control.timeline.TimelineStyle;
import org.ammreader.control.timeline.TimelineView;

/**
 * The timeline's look in the application's theme, as the window resolves it: the theme's tokens (the only place
 * its colours are written) and the sheet that points the timeline's tokens at them. The window styles its
 * timeline with these sheets; the PNG export, in the window or on the command line, resolves the same sheets on
 * a timeline of its own, so that the picture cannot drift from the screen (docs/adr/0009).
 */
public final class MeetingTimelineStyle {

    /** The theme's tokens. */
    public static final String THEME = "/org/ammreader/ui/theme/light.css";
    /** The timeline's tokens, pointed at the theme's, with its lane column's width. */
    public static final String SHEET = "/org/ammreader/ui/timeline/meeting-timeline.css";
    /** The style class that {@link #SHEET} styles. */
    public static final String STYLE_CLASS = "meeting-timeline";

    private MeetingTimelineStyle() {
    }

    /** The resolved style, on the JavaFX thread (with or without a display). */
    public static TimelineStyle resolve() {
        TimelineView<Object> view = new TimelineView<>();
        view.getStyleClass().add(STYLE_CLASS);
        Scene scene = new Scene(new Group(view));
        scene.getStylesheets().setAll(List.of(THEME, SHEET).stream().map(MeetingTimelineStyle::url).toList());
        view.applyCss();
        return view.getTimelineStyle();
    }

    private static String url(String sheet) {
        return Objects.requireNonNull(MeetingTimelineStyle.class.getResource(sheet), sheet).toExternalForm();
    }
}
