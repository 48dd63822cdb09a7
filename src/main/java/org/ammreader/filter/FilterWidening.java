package org.ammreader.filter;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ammreader.model.Meeting;

/**
 * The area filter widened just enough to show some meetings it hides: their areas added to it. A meeting without
 * an area passes only "all areas", so showing one gives all areas.
 */
public final class FilterWidening {

    private FilterWidening() {
    }

    public static AreaFilter toShow(AreaFilter filter, Collection<Meeting> meetings) {
        if (filter.all() || meetings.isEmpty()) {
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
