package org.ammreader.timeline;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ammreader.control.timeline.TimelineLane;
import org.ammreader.filter.ActorFilter;
import org.ammreader.model.Delegation;
import org.ammreader.model.DelegationKind;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Person;

/**
 * The timeline's lanes for one {@link LaneGrouping} and the lanes each meeting is drawn in (ADR 0027). By actor, a
 * meeting is in the lane of every delegation (or person) it involves, and in the last lane, "Others", when it
 * involves none. Built in one pass over the meetings, reading each meeting's actors once.
 */
public final class MeetingLanes {

    /** The id of the "Others" lane: no actor id starts with a space. */
    static final String OTHERS = " others";

    private final List<TimelineLane> lanes;
    private final Map<Meeting, List<String>> laneIds;
    private final LaneGrouping grouping;
    private final Map<String, String> names = new HashMap<>();

    private MeetingLanes(List<TimelineLane> lanes, Map<Meeting, List<String>> laneIds, LaneGrouping grouping) {
        this.lanes = List.copyOf(lanes);
        this.laneIds = laneIds;
        this.grouping = grouping;
        lanes.forEach(lane -> names.put(lane.id(), lane.label()));
    }

    /**
     * @param actors      the actor filter: by people, its chosen people are the lanes when it chooses any
     * @param othersLabel the name of the last lane, in the interface's words
     */
    public static MeetingLanes of(Model model, LaneGrouping grouping, String language, ActorFilter actors,
                                  String othersLabel) {
        return switch (grouping) {
            case TRACKS -> new MeetingLanes(model.tracks().stream()
                    .map(track -> new TimelineLane(track.id(), track.label().get(language))).toList(), Map.of(),
                    grouping);
            case DELEGATIONS -> byActor(model, grouping, othersLabel, model.delegations().stream()
                    .sorted(delegationOrder(language)).map(d -> new TimelineLane(d.id(), d.name().get(language)))
                    .toList(), model::delegationsOf);
            case PEOPLE -> byActor(model, grouping, othersLabel, people(model, language, actors), model::peopleOf);
        };
    }

    /** The lanes, top to bottom. */
    public List<TimelineLane> lanes() {
        return lanes;
    }

    /** The ids of the lanes {@code meeting} is drawn in. */
    public Collection<String> of(Meeting meeting) {
        return grouping == LaneGrouping.TRACKS ? List.of(meeting.track())
                : laneIds.getOrDefault(meeting, List.of(OTHERS));
    }

    /** The names of the lanes {@code meeting} is drawn in, for a line of text such as the agenda's. */
    public String names(Meeting meeting) {
        return String.join(", ", of(meeting).stream().map(id -> names.getOrDefault(id, "")).toList());
    }

    public LaneGrouping grouping() {
        return grouping;
    }

    /**
     * Keeps the actor lanes some meeting involves (an empty lane says nothing and takes room), and "Others" when a
     * meeting involves none of them.
     */
    private static MeetingLanes byActor(Model model, LaneGrouping grouping, String othersLabel,
                                        List<TimelineLane> candidates,
                                        Function<Meeting, Set<String>> actorsOf) {
        Set<String> candidateIds = new LinkedHashSet<>();
        candidates.forEach(lane -> candidateIds.add(lane.id()));
        // By identity: a meeting's own hashCode walks all its texts, too slow for 100,000 of them.
        Map<Meeting, List<String>> laneIds = new IdentityHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        boolean others = false;
        for (Meeting meeting : model.meetings()) {
            List<String> ids = new ArrayList<>(2);
            for (String id : actorsOf.apply(meeting)) {
                if (candidateIds.contains(id)) {
                    ids.add(id);
                }
            }
            if (ids.isEmpty()) {
                others = true;
            } else {
                laneIds.put(meeting, ids);
                used.addAll(ids);
            }
        }
        List<TimelineLane> lanes = new ArrayList<>(candidates.stream().filter(l -> used.contains(l.id())).toList());
        if (others) {
            lanes.add(new TimelineLane(OTHERS, othersLabel));
        }
        return new MeetingLanes(lanes, laneIds, grouping);
    }

    /** The people the actor filter chooses, or every person; grouped by delegation, then by name. */
    private static List<TimelineLane> people(Model model, String language, ActorFilter actors) {
        List<Person> chosen = model.people().stream().filter(p -> actors.chosen().contains(p.id())).toList();
        List<Person> shown = chosen.isEmpty() ? model.people() : chosen;
        Map<String, Integer> delegationRank = new HashMap<>();
        List<Delegation> delegations = model.delegations().stream().sorted(delegationOrder(language)).toList();
        for (int i = 0; i < delegations.size(); i++) {
            delegationRank.put(delegations.get(i).id(), i);
        }
        Collator collator = collator(language);
        return shown.stream()
                .sorted(Comparator.<Person>comparingInt(p -> delegationRank.getOrDefault(p.delegation(),
                                Integer.MAX_VALUE))
                        .thenComparing(p -> p.name().get(language), collator))
                .map(p -> new TimelineLane(p.id(), p.name().get(language))).toList();
    }

    /**
     * Organisations first (ASEAN, whose week it is, and the EU), then states, each by name in the content language:
     * an order that stays put when the filter changes, unlike one by number of meetings.
     */
    private static Comparator<Delegation> delegationOrder(String language) {
        Collator collator = collator(language);
        return Comparator.<Delegation>comparingInt(d -> d.kind() == DelegationKind.ORGANISATION ? 0 : 1)
                .thenComparing(d -> d.name().get(language), collator);
    }

    private static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
