package org.ammreader.control.timeline;

import java.util.Objects;

/**
 * One horizontal lane of the timeline: items whose {@link TimelineAdapter#lane} equals {@code id} are
 * drawn in it, and {@code label} is shown in the fixed column at the left.
 */
public record TimelineLane(String id, String label) {

    public TimelineLane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
