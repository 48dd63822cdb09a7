package org.ammreader.filter;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Which meetings each cooperation area has (and, made from a model, each actor: {@link ActorIndex}), made once per model, so that an area filter change costs a few bit
 * operations rather than a look at every meeting's areas (100,000 meetings took 20 to 60 ms a change; ADR 0019).
 * Meetings are referred to by their position in the list the index was made from.
 */
public final class AreaIndex {

    private final int size;
    private final Map<String, BitSet> meetingsByArea = new HashMap<>();
    /** The actors of the model's meetings; null for a list of meetings without their model (no actors then). */
    private final ActorIndex actors;

    private AreaIndex(List<Meeting> meetings, ActorIndex actors) {
        this.actors = actors;
        size = meetings.size();
        for (int i = 0; i < size; i++) {
            for (String area : meetings.get(i).areas()) {
                meetingsByArea.computeIfAbsent(area, id -> new BitSet(size)).set(i);
            }
        }
    }

    /** The index of {@code meetings}, in their order. */
    public static AreaIndex of(List<Meeting> meetings) {
        return new AreaIndex(meetings, null);
    }

    /** The index of {@code model}'s meetings, by area and by actor. */
    public static AreaIndex of(Model model) {
        return new AreaIndex(model.meetings(), ActorIndex.of(model));
    }

    /** How many meetings involve the person or delegation {@code actorId}. */
    public int actorCount(String actorId) {
        return actors == null ? 0 : actors.count(actorId);
    }

    /** The positions of the meetings {@code filter} shows: those {@link AreaFilter#matches} accepts. */
    public BitSet matching(AreaFilter filter) {
        BitSet shown = new BitSet(size);
        if (filter.all()) {
            shown.set(0, size);
        } else {
            for (String area : filter.selected()) {
                BitSet tagged = meetingsByArea.get(area);
                if (tagged != null) {
                    shown.or(tagged);
                }
            }
        }
        if (actors != null) {
            actors.narrow(shown, filter.actors());
        }
        return shown;
    }

    /** How many meetings {@code filter} shows. */
    public int count(AreaFilter filter) {
        return filter.showsEverything() ? size : matching(filter).cardinality();
    }
}
