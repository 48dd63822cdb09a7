package org.ammreader.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One week of diplomacy, as read from a model file: immutable. */
public final class Model {

    public static final String FORMAT = "amm-reader/1";

    private final String id;
    private final List<String> languages;
    private final LocalizedText title;
    private final ZoneId timeZone;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final LocalizedText venue;
    private final List<Area> areas;
    private final List<Track> tracks;
    private final List<Meeting> meetings;
    private final List<Document> documents;
    private final List<Fact> facts;
    private final List<Delegation> delegations;
    private final List<Person> people;
    private final Map<String, Area> areasById;
    private final Map<String, Track> tracksById;
    private final Map<String, Meeting> meetingsById;
    private final Map<String, Document> documentsById;
    private final Map<String, Delegation> delegationsById;
    private final Map<String, Person> peopleById;

    public Model(String id, List<String> languages, LocalizedText title, ZoneId timeZone, LocalDate startDate,
                 LocalDate endDate, LocalizedText venue, List<Area> areas, List<Track> tracks,
                 List<Meeting> meetings, List<Document> documents, List<Fact> facts) {
        this(id, languages, title, timeZone, startDate, endDate, venue, areas, tracks, meetings, documents, facts,
                List.of(), List.of());
    }

    /** A model with its people and delegations (ADR 0020). */
    public Model(String id, List<String> languages, LocalizedText title, ZoneId timeZone, LocalDate startDate,
                 LocalDate endDate, LocalizedText venue, List<Area> areas, List<Track> tracks,
                 List<Meeting> meetings, List<Document> documents, List<Fact> facts,
                 List<Delegation> delegations, List<Person> people) {
        this.id = id;
        this.languages = List.copyOf(languages);
        this.title = title;
        this.timeZone = timeZone;
        this.startDate = startDate;
        this.endDate = endDate;
        this.venue = venue;
        this.areas = List.copyOf(areas);
        this.tracks = List.copyOf(tracks);
        this.meetings = List.copyOf(meetings);
        this.documents = List.copyOf(documents);
        this.facts = List.copyOf(facts);
        this.areasById = index(this.areas, Area::id);
        this.tracksById = index(this.tracks, Track::id);
        this.meetingsById = index(this.meetings, Meeting::id);
        this.documentsById = index(this.documents, Document::id);
        this.delegations = List.copyOf(delegations);
        this.people = List.copyOf(people);
        this.delegationsById = index(this.delegations, Delegation::id);
        this.peopleById = index(this.people, Person::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public String id() {
        return id;
    }

    /** The content languages, the first being the default. */
    public List<String> languages() {
        return languages;
    }

    public LocalizedText title() {
        return title;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalizedText venue() {
        return venue;
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public List<Meeting> meetings() {
        return meetings;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Fact> facts() {
        return facts;
    }

    public Optional<Area> area(String areaId) {
        return Optional.ofNullable(areasById.get(areaId));
    }

    public Optional<Track> track(String trackId) {
        return Optional.ofNullable(tracksById.get(trackId));
    }

    public Optional<Meeting> meeting(String meetingId) {
        return Optional.ofNullable(meetingsById.get(meetingId));
    }

    public Optional<Document> document(String documentId) {
        return Optional.ofNullable(documentsById.get(documentId));
    }

    public List<Delegation> delegations() {
        return delegations;
    }

    public List<Person> people() {
        return people;
    }

    public Optional<Delegation> delegation(String delegationId) {
        return Optional.ofNullable(delegationsById.get(delegationId));
    }

    public Optional<Person> person(String personId) {
        return Optional.ofNullable(peopleById.get(personId));
    }

    /**
     * The delegations {@code meeting} involves: those it names, then those of the people it names, each once, in
     * the order the meeting names them.
     */
    public Set<String> delegationsOf(Meeting meeting) {
        Set<String> ids = new LinkedHashSet<>();
        for (ActorRef actor : meeting.actors()) {
            actor.delegation().ifPresent(ids::add);
        }
        for (ActorRef actor : meeting.actors()) {
            actor.person().map(peopleById::get).map(Person::delegation).ifPresent(ids::add);
        }
        return Collections.unmodifiableSet(ids);
    }

    /** The people {@code meeting} names, in its order. */
    public Set<String> peopleOf(Meeting meeting) {
        Set<String> ids = new LinkedHashSet<>();
        for (ActorRef actor : meeting.actors()) {
            actor.person().ifPresent(ids::add);
        }
        return Collections.unmodifiableSet(ids);
    }

    /** The number of days from the first to the last day, both included. */
    public int dayCount() {
        return (int) (endDate.toEpochDay() - startDate.toEpochDay()) + 1;
    }
}
