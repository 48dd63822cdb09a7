package org.ammreader.ui.main;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Area;
import org.ammreader.model.Model;
import org.ammreader.timeline.MeetingTimelineAdapter;

/**
 * Help → Legend: what each mark of the timeline means, a sample beside each, then the areas' colours by name.
 * The marks are those the timeline's painter draws (control/timeline's BarPainter, TimelineMarker): a sample is
 * a small picture of the same thing, not the painter itself, so that the list reads like a map's key.
 */
final class LegendList {

    /** The marks, in the order explained: each a message key {@code legend.<mark>} and a sample style class. */
    private static final List<String> MARKS = List.of("ring", "disputed", "unverified", "dashed", "softEnds",
            "faded", "selected", "match");

    private LegendList() {
    }

    /** The legend for {@code model}'s areas named in {@code language}; with no model, the marks alone. */
    static Node of(Messages messages, Model model, String language) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("legend-list");
        int row = 0;
        grid.add(label(messages.get("legend.marks"), "legend-heading"), 0, row++, 2, 1);
        for (String mark : MARKS) {
            grid.add(sample(mark), 0, row);
            grid.add(label(messages.get("legend." + mark), "legend-what"), 1, row++);
        }
        if (model != null) {
            grid.add(label(messages.get("legend.colours"), "legend-heading"), 0, row++, 2, 1);
            for (Area area : model.areas()) {
                grid.add(swatch(Color.web(area.color())), 0, row);
                grid.add(label(area.label().get(language), "legend-area"), 1, row++);
            }
            grid.add(swatch(MeetingTimelineAdapter.NEUTRAL), 0, row);
            grid.add(label(messages.get("legend.neutral"), "legend-area"), 1, row);
        }
        return ShortcutList.scrolled(grid);
    }

    /** A glyph as the timeline draws it before a title, or a small bar styled like the mark it stands for. */
    private static Node sample(String mark) {
        String glyph = switch (mark) {
            case "ring" -> "\u25cb";
            case "disputed" -> "!";
            case "unverified" -> "?";
            default -> null;
        };
        if (glyph != null) {
            return label(glyph, "legend-glyph");
        }
        Region bar = new Region();
        bar.getStyleClass().addAll("legend-sample", "legend-sample-" + mark);
        return bar;
    }

    private static Node swatch(Color color) {
        Rectangle swatch = new Rectangle(28, 12, color);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.getStyleClass().add("legend-swatch");
        return swatch;
    }

    private static Label label(String text, String styleClass) {
        return ShortcutList.label(text, styleClass);
    }
}
