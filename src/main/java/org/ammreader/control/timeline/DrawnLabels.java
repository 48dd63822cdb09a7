package org.ammreader.control.timeline;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;

/**
 * The texts one frame drew, where the painter placed them (frame coordinates; the control's own for
 * {@link TimelineView#drawnLabels()}): so that a test or a tool can check each title against its bar and each lane
 * name against its lane from what was placed, not from pixels alone.
 *
 * @param items the titles drawn in or beside their bars
 * @param lanes the lane names drawn in the lane column
 */
public record DrawnLabels(List<ItemLabel> items, List<LaneName> lanes) {

    public static final DrawnLabels NONE = new DrawnLabels(List.of(), List.of());

    public DrawnLabels {
        items = List.copyOf(items);
        lanes = List.copyOf(lanes);
    }

    /**
     * A title drawn for an item.
     *
     * @param item   the item
     * @param text   the text drawn: its label, its short label, or either shortened with an ellipsis
     * @param bounds the box the text (and its certainty glyph) takes
     * @param bar    the item's bar
     * @param inside whether the text is inside the bar (else beside it, to its right)
     */
    public record ItemLabel(Object item, String text, Bounds bounds, Bounds bar, boolean inside) {
        public ItemLabel {
            Objects.requireNonNull(item, "item");
        }
    }

    /**
     * A lane's name as drawn.
     *
     * @param lane   the lane
     * @param lines  the name as wrapped, one entry per line
     * @param bounds the box the lines take
     * @param area   the lane's part of the lane column
     */
    public record LaneName(TimelineLane lane, List<String> lines, Bounds bounds, Bounds area) {
        public LaneName {
            lines = List.copyOf(lines);
        }
    }
}
