package org.ammreader.filter;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which cooperation areas the user wants to see. The same filter drives the timeline, the reader and the
 * briefing sheet. "All" also shows items tagged with no area; any narrower choice shows the items that share
 * at least one area with it.
 */
public record AreaFilter(boolean all, Set<String> selected) {

    public static final AreaFilter ALL = new AreaFilter(true, Set.of());
    public static final AreaFilter NONE = new AreaFilter(false, Set.of());

    public AreaFilter {
        selected = all ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(selected));
    }

    public static AreaFilter of(Collection<String> areaIds) {
        return new AreaFilter(false, new LinkedHashSet<>(areaIds));
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
        return chosen.containsAll(allAreas) ? ALL : new AreaFilter(false, chosen);
    }
}
