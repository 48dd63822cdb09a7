package org.ammreader.filter;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * The people and delegations the user wants to see, part of the one filter ({@link AreaFilter#actors()}): a
 * meeting passes when it involves every chosen actor — names the person; names the delegation or one of its
 * people (ADR 0020). Person and delegation ids never coincide, so one set of ids holds both. None chosen: every
 * meeting passes.
 */
public record ActorFilter(Set<String> chosen) {

    public static final ActorFilter NONE = new ActorFilter(Set.of());

    public ActorFilter {
        chosen = Collections.unmodifiableSet(new LinkedHashSet<>(chosen));
    }

    public static ActorFilter of(Collection<String> actorIds) {
        return new ActorFilter(new LinkedHashSet<>(actorIds));
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    /** Whether {@code meeting} of {@code model} involves every chosen actor. */
    public boolean matches(Model model, Meeting meeting) {
        if (chosen.isEmpty()) {
            return true;
        }
        Set<String> people = model.peopleOf(meeting);
        Set<String> delegations = model.delegationsOf(meeting);
        for (String id : chosen) {
            if (!people.contains(id) && !delegations.contains(id)) {
                return false;
            }
        }
        return true;
    }

    /** This filter with {@code actorId} added, or removed when it was chosen. */
    public ActorFilter toggle(String actorId) {
        Set<String> next = new LinkedHashSet<>(chosen);
        if (!next.remove(actorId)) {
            next.add(actorId);
        }
        return new ActorFilter(next);
    }

    /** The chosen actors that {@code model} still declares, after a reload. */
    public ActorFilter keptIn(Model model) {
        return of(chosen.stream()
                .filter(id -> model.person(id).isPresent() || model.delegation(id).isPresent()).toList());
    }
}
