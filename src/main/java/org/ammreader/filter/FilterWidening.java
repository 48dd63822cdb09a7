package org.ammreader.filter;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * The filter widened just enough to show some meetings it hides: their areas added to it (a meeting without an
 * area passes only "all areas", so showing one gives all areas), and the people and delegations dropped when one
 * of those meetings does not involve them all.
 */
public final class FilterWidening {

    private FilterWidening() {
    }

    public static AreaFilter toShow(AreaFilter filter, Model model, Collection<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return filter;
        }
        ActorFilter actors = meetings.stream().allMatch(meeting -> filter.actors().matches(model, meeting))
                ? filter.actors() : ActorFilter.NONE;
        return widerAreas(filter, meetings).withActors(actors);
    }

    private static AreaFilter widerAreas(AreaFilter filter, Collection<Meeting> meetings) {
        if (filter.all()) {
            return filter;
        }
        if (meetings.stream().anyMatch(meeting -> meeting.areas().isEmpty())) {
            return AreaFilter.ALL;
        }
        Set<String> wider = new LinkedHashSet<>(filter.selected());
        meetings.forEach(meeting -> wider.addAll(meeting.areas()));
        return AreaFilter.of(wider);
    }
}
