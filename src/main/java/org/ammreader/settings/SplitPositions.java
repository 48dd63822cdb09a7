package org.ammreader.settings;

/**
 * Where the user left the main window's dividers, each as the share of its split the first part takes: in the
 * normal layout, the timeline's share of the height (the rest is the agenda and the reader's tab) and of the width
 * (the rest is the detail pane); in the reading layout, the timeline's share of the height above the reader
 * (0: the timeline hidden, the reader filling the window).
 */
public record SplitPositions(double timelineHeight, double timelineWidth, double readingTimelineHeight) {

    public static final SplitPositions DEFAULTS = new SplitPositions(0.67, 0.74, 0);

    /**
     * The same positions, each one out of its range — or missing from an older settings file, which reads as 0 —
     * replaced by its default. The ranges keep every part of the window within reach of its divider.
     */
    public SplitPositions orDefaults() {
        return new SplitPositions(
                within(timelineHeight, 0.1, 0.95) ? timelineHeight : DEFAULTS.timelineHeight,
                within(timelineWidth, 0.2, 0.95) ? timelineWidth : DEFAULTS.timelineWidth,
                within(readingTimelineHeight, 0, 0.9) ? readingTimelineHeight : DEFAULTS.readingTimelineHeight);
    }

    private static boolean within(double value, double min, double max) {
        return value >= min && value <= max;
    }
}
