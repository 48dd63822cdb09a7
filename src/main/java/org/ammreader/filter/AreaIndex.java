package org.ammreader.filter;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ammreader.model.Meeting;

/**
 * Which meetings each cooperation area has, made once per model, so that an area filter change costs a few bit
 * operations rather than a look at every meeting's areas (100,000 meetings took 20 to 60 ms a change; ADR 0019).
 * Meetings are referred to by their position in the list the index was made from.
 */
public final class AreaIndex {

    private final int size;
    private final Map<String, BitSet> meetingsByArea = new HashMap<>();

    private AreaIndex(List<Meeting> meetings) {
        size = meetings.size();
        for (int i = 0; i < size; i++) {
            for (String area : meetings.get(i).areas()) {
                meetingsByArea.computeIfAbsent(area, id -> new BitSet(size)).set(i);
            }
        }
    }

    /** The index of {@code meetings}, in their order. */
    public static AreaIndex of(List<Meeting> meetings) {
        return new AreaIndex(meetings);
    }

    /** The positions of the meetings {@code filter} shows: those {@link AreaFilter#matches} accepts. */
    public BitSet matching(AreaFilter filter) {
        BitSet shown = new BitSet(size);
        if (filter.all()) {
            shown.set(0, size);
            return shown;
        }
        for (String area : filter.selected()) {
            BitSet tagged = meetingsByArea.get(area);
            if (tagged != null) {
                shown.or(tagged);
            }
        }
        return shown;
    }

    /** How many meetings {@code filter} shows. */
    public int count(AreaFilter filter) {
        return filter.all() ? size : matching(filter).cardinality();
    }
}
