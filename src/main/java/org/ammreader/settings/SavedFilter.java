package org.ammreader.settings;

import java.util.List;

/**
 * A filter as remembered for one model: all areas or the chosen ones, and the people and delegations chosen with
 * them. Ids only, so that a model changed since keeps what still exists and drops the rest when it is applied.
 */
public record SavedFilter(boolean allAreas, List<String> areas, List<String> people, List<String> delegations) {

    public static final SavedFilter EVERYTHING = new SavedFilter(true, List.of(), List.of(), List.of());

    public SavedFilter {
        areas = areas == null ? List.of() : List.copyOf(areas);
        people = people == null ? List.of() : List.copyOf(people);
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
    }
}
