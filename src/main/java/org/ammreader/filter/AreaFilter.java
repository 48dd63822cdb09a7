package org.ammreader.filter;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Which cooperation areas the user wants to see, and which people and delegations ({@link #actors}): the one
 * filter that drives the timeline, the agenda, the reader, the PNG, the briefing sheet and the calendar export.
 * "All" also shows items tagged with no area; any narrower choice shows the items that share at least one area
 * with it. A meeting is shown when its areas pass and it involves every chosen actor (ADR 0020); a document's
 * paragraphs are filtered by area only, as they name no actors.
 */
public record AreaFilter(boolean all, Set<String> selected, ActorFilter actors) {

    public static final AreaFilter ALL = new AreaFilter(true, Set.of());
    public static final AreaFilter NONE = new AreaFilter(false, Set.of());

    public AreaFilter {
        selected = all ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(selected));
    }

    /** A filter by area alone. */
    public AreaFilter(boolean all, Set<String> selected) {
        this(all, selected, ActorFilter.NONE);
    }

    public static AreaFilter of(Collection<String> areaIds) {
        return new AreaFilter(false, new LinkedHashSet<>(areaIds));
    }

    /** Whether {@code meeting} of {@code model} passes: its areas, and every chosen actor. */
    public boolean matches(Model model, Meeting meeting) {
        return matches(meeting.areas()) && actors.matches(model, meeting);
    }

    /** Whether it shows every meeting: all areas and no actor chosen. */
    public boolean showsEverything() {
        return all && actors.isEmpty();
    }

    /** This filter with its areas from {@code areas} and its actors kept. */
    public AreaFilter withAreas(AreaFilter areas) {
        return new AreaFilter(areas.all, areas.selected, actors);
    }

    /** This filter with {@code chosen} as its actors and its areas kept. */
    public AreaFilter withActors(ActorFilter chosen) {
        return new AreaFilter(all, selected, chosen);
    }

    /** Whether an item tagged with {@code areas} passes the filter. */
    public boolean matches(List<String> areas) {
        if (all) {
            return true;
        }
        for (String area : areas) {
            if (selected.contains(area)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the area itself is chosen. */
    public boolean includes(String areaId) {
        return all || selected.contains(areaId);
    }

    /** This filter with {@code areaId} switched on or off, given every area of the model. */
    public AreaFilter toggle(String areaId, List<String> allAreas) {
        Set<String> chosen = new LinkedHashSet<>(all ? allAreas : selected);
        if (!chosen.remove(areaId)) {
            chosen.add(areaId);
        }
        return chosen.containsAll(allAreas) ? new AreaFilter(true, Set.of(), actors)
                : new AreaFilter(false, chosen, actors);
    }
}
