package org.ammreader.filter;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Which meetings involve each person and each delegation, made once per model like {@link AreaIndex}, so that
 * choosing an actor costs a few bit operations and the filter panel's counts are ready. Meetings are referred to
 * by their position in the model's list.
 */
public final class ActorIndex {

    private final int size;
    private final Map<String, BitSet> meetingsByActor = new HashMap<>();

    private ActorIndex(Model model) {
        List<Meeting> meetings = model.meetings();
        size = meetings.size();
        for (int i = 0; i < size; i++) {
            Meeting meeting = meetings.get(i);
            for (String id : model.peopleOf(meeting)) {
                meetingsByActor.computeIfAbsent(id, any -> new BitSet(size)).set(i);
            }
            for (String id : model.delegationsOf(meeting)) {
                meetingsByActor.computeIfAbsent(id, any -> new BitSet(size)).set(i);
            }
        }
    }

    public static ActorIndex of(Model model) {
        return new ActorIndex(model);
    }

    /** Keeps in {@code shown} only the meetings that involve every actor {@code filter} chooses. */
    public void narrow(BitSet shown, ActorFilter filter) {
        for (String id : filter.chosen()) {
            BitSet involved = meetingsByActor.get(id);
            if (involved == null) {
                shown.clear();
                return;
            }
            shown.and(involved);
        }
    }

    /** How many meetings involve the actor {@code actorId}. */
    public int count(String actorId) {
        BitSet involved = meetingsByActor.get(actorId);
        return involved == null ? 0 : involved.cardinality();
    }
}
