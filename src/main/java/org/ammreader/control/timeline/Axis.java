package org.ammreader.control.timeline;

import java.util.List;

/**
 * The laid-out time axis for one frame: ticks (grid lines, some labelled) and bands (days, months or years)
 * with their labels already placed so that no two labels overlap.
 */
record Axis(AxisStep step, List<Tick> ticks, List<Band> bands) {

    /** A tick line at {@code x}; {@code label} is null when it would have crowded its neighbour. */
    record Tick(long time, double x, String label, double labelX, double labelWidth) {
    }

    /** One calendar band from {@code x0} to {@code x1}; {@code label} is null when no pattern fits. */
    record Band(long start, long end, double x0, double x1, boolean shaded, String label, double labelX,
                double labelWidth) {
    }
}
