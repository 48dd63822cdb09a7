package org.ammreader.io;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ammreader.model.ActorRef;
import org.ammreader.model.ActorRole;
import org.ammreader.model.AlternativeTime;
import org.ammreader.model.Area;
import org.ammreader.model.Confidence;
import org.ammreader.model.Delegation;
import org.ammreader.model.DelegationKind;
import org.ammreader.model.Document;
import org.ammreader.model.Fact;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;
import org.ammreader.model.PartOfDay;
import org.ammreader.model.Person;
import org.ammreader.model.Source;
import org.ammreader.model.TimePrecision;
import org.ammreader.model.Track;

/**
 * Turns the JSON tree of a model file into a {@link Model}, checking the shape of every value: property names,
 * types, required properties, and the format of ids, dates, times, colours, addresses and texts.
 * It goes on after a problem so that all of them are reported; where a value is broken the bound model holds
 * null, which is why a model with problems is never handed out (see {@link ModelLoader}).
 */
final class ModelBinder {

    private static final Set<String> MODEL_PROPERTIES = ordered("format", "id", "languages", "title", "timeZone",
            "startDate", "endDate", "venue", "areas", "tracks", "meetings", "documents", "facts", "delegations", "people");
    private static final Set<String> AREA_PROPERTIES = ordered("id", "label", "color");
    private static final Set<String> TRACK_PROPERTIES = ordered("id", "label");
    private static final Set<String> MEETING_PROPERTIES = ordered("id", "track", "title", "shortTitle", "date",
            "endDate", "start", "timePrecision", "partOfDay", "end", "durationMinutes", "alternativeTime", "venue", "chairs",
            "participants", "summary", "outcomes", "areas", "documents", "confidence", "note", "sources", "actors");
    private static final Set<String> ALTERNATIVE_TIME_PROPERTIES = ordered("start", "timePrecision", "partOfDay",
            "end", "durationMinutes", "note");
    private static final Set<String> DOCUMENT_PROPERTIES = ordered("id", "title", "date", "meeting", "kind",
            "rendition", "paragraphs", "sources");
    private static final Set<String> PARAGRAPH_PROPERTIES = ordered("id", "areas", "text");
    private static final Set<String> FACT_PROPERTIES = ordered("id", "label", "value", "asOf", "confidence", "note",
            "sources");
    private static final Set<String> DELEGATION_PROPERTIES = ordered("id", "name", "kind");
    private static final Set<String> PERSON_PROPERTIES = ordered("id", "name", "delegation", "office");
    private static final Set<String> ACTOR_PROPERTIES = ordered("person", "delegation", "role");
    /** The lists a model may leave out: it then has none. */
    private static final Set<String> OPTIONAL_LISTS = Set.of("documents", "delegations", "people");
    private static final Set<String> SOURCE_PROPERTIES = ordered("publisher", "title", "description", "url", "date");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Predicate<String> DATE = Formats::isDate;
    private static final Predicate<String> PARTIAL_DATE = Formats::isPartialDate;
    private static final Predicate<String> TIME = Formats::isTime;
    private static final Predicate<String> COLOR = Pattern.compile("#[0-9A-Fa-f]{6}").asMatchPredicate();
    private static final Predicate<String> URL = Formats::isUrl;
    private static final Predicate<String> KIND = Pattern.compile("[a-z][a-z-]*").asMatchPredicate();

    /**
     * The model as bound, the JSON pointer each of its parts was read from (none when the binder was not asked to
     * keep them), and the lists ("meetings"…) whose ids are not all known — missing, not lists, or with an entry or
     * id that could not be read: references into those are not checked, since what they refer to may be the broken
     * entry, which is already reported.
     */
    record Bound(Model model, Map<Object, String> pointers, Set<String> incompleteLists) {
        String pointerOf(Object part) {
            return pointers.getOrDefault(part, "");
        }
    }

    private final Problems problems;
    /**
     * The pointer of every part, or null when they are not kept: only a model the validator finds a problem in
     * needs them, and keeping half a million of them was a twentieth of a load (ADR 0032).
     */
    private final Map<Object, String> pointers;
    private List<String> languages = List.of();
    private final MeetingsAsRead meetingsAsRead = new MeetingsAsRead();

    /**
     * A binder that keeps the pointer of each part it binds if {@code withPointers}. Ids need no sharing here:
     * the parser gives one String per distinct value already ({@link SharedTexts}), so 100,000 meetings naming a
     * dozen areas name a dozen Strings, which the area filter relies on (ADR 0019).
     */
    ModelBinder(Problems problems, boolean withPointers) {
        this(problems, withPointers ? new IdentityHashMap<>() : null);
    }

    private ModelBinder(Problems problems, Map<Object, String> pointers) {
        this.problems = problems;
        this.pointers = pointers;
    }

    /** Binds the meetings while the file is read, to be given to {@link JsonTreeParser} before {@link #bind}. */
    JsonTreeParser.ListAsRead meetingsAsRead() {
        return meetingsAsRead;
    }

    /**
     * The meetings bound one at a time as the parser reads them: the whole file's tree, most of it meetings, took
     * more time to build and to collect than everything else in a load (ADR 0030). Their problems are kept apart,
     * and as many of them as {@link Problems} keeps, so that {@link #bind} adds them in the order and number it
     * would have found them walking a whole tree. It needs the languages, so it only starts when they come first.
     */
    private final class MeetingsAsRead implements JsonTreeParser.ListAsRead {
        private final Problems found = new Problems();
        private final List<Meeting> meetings = new ArrayList<>();
        private ModelBinder binder;
        private int read;

        @Override
        public String name() {
            return "meetings";
        }

        @Override
        public boolean start(JsonObject before) {
            if (!before.has("languages")) {
                return false;
            }
            binder = new ModelBinder(found, pointers);
            binder.languages = usable(new ModelBinder(new Problems(), false).readLanguages(before));
            return true;
        }

        @Override
        public void element(Object element) {
            if (!found.isFull()) {
                Meeting meeting = binder.meeting(element, "/meetings/" + read);
                if (meeting != null) {
                    meetings.add(meeting);
                }
            }
            read++;
        }

        boolean started() {
            return binder != null;
        }
    }

    Bound bind(Object tree) {
        if (!(tree instanceof JsonObject root)) {
            problems.add("", "problem.root", JsonObjectReader.typeOf(tree));
            return null;
        }
        List<String> declared = readLanguages(root);
        languages = usable(declared);
        JsonObjectReader top = JsonObjectReader.of(root, "", problems, languages, MODEL_PROPERTIES).orElseThrow();
        String format = top.requiredString("format");
        if (format != null && !Model.FORMAT.equals(format)) {
            problems.add(top.pointerOf("format"), "problem.format", format, Model.FORMAT);
        }
        String id = top.requiredId("id");
        LocalizedText title = top.requiredText("title");
        ZoneId zone = readZone(top);
        LocalDate startDate = date(top, "startDate");
        LocalDate endDate = date(top, "endDate");
        LocalizedText venue = top.requiredText("venue");
        List<Area> areas = top.requiredList("areas", this::area, true);
        List<Track> tracks = top.requiredList("tracks", this::track, true);
        List<Meeting> meetings = meetingsAsRead.started() ? meetingsRead()
                : top.requiredList("meetings", this::meeting, false);
        List<Document> documents = top.optionalList("documents", this::document);
        List<Fact> facts = top.optionalList("facts", this::fact);
        List<Delegation> delegations = top.optionalList("delegations", this::delegation);
        List<Person> people = top.optionalList("people", this::person);
        Model model = new Model(id, declared, title, zone, startDate, endDate, venue, areas, tracks, meetings,
                documents, facts, delegations, people);
        Set<String> incomplete = new HashSet<>();
        addIfIncomplete(incomplete, root, "areas", areas, Area::id);
        addIfIncomplete(incomplete, root, "tracks", tracks, Track::id);
        addIfIncomplete(incomplete, root, "meetings", meetings, Meeting::id);
        addIfIncomplete(incomplete, root, "documents", documents, Document::id);
        addIfIncomplete(incomplete, root, "delegations", delegations, Delegation::id);
        addIfIncomplete(incomplete, root, "people", people, Person::id);
        return new Bound(model, pointers == null ? Map.of() : pointers, incomplete);
    }

    /** With fewer than two usable languages, checking each text against them would only repeat that problem. */
    private static List<String> usable(List<String> declared) {
        return declared.size() >= 2 ? declared : List.of();
    }

    /** The meetings bound as they were read, their problems added where walking the tree would have found them. */
    private List<Meeting> meetingsRead() {
        problems.addAll(meetingsAsRead.found);
        return meetingsAsRead.meetings;
    }

    /** How many elements a list had; the meetings read one by one left an empty array in the tree. */
    private int length(String list, List<?> value) {
        return "meetings".equals(list) && meetingsAsRead.started() ? meetingsAsRead.read : value.size();
    }

    /** The optional lists may be left out (there are none); the other lists are required. */
    private <T> void addIfIncomplete(Set<String> incomplete, JsonObject root, String list, List<T> items,
                                     Function<T, String> id) {
        Object value = root.get(list);
        boolean complete = value == null ? OPTIONAL_LISTS.contains(list)
                : value instanceof List<?> elements && length(list, elements) == items.size()
                && items.stream().map(id).allMatch(Objects::nonNull);
        if (!complete) {
            incomplete.add(list);
        }
    }

    /** The languages come first: every text of the model is checked against them. */
    private List<String> readLanguages(JsonObject root) {
        Object value = root.get("languages");
        if (value == null) {
            problems.add("", "problem.missingProperty", "languages");
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add("/languages", "problem.type", "type.array", JsonObjectReader.typeOf(value));
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            String at = "/languages/" + i;
            if (!(element instanceof String language)) {
                problems.add(at, "problem.type", "type.string", JsonObjectReader.typeOf(element));
            } else if (!LANGUAGE.matcher(language).matches()) {
                problems.add(at, "problem.language", language);
            } else if (!unique.add(language)) {
                problems.add(at, "problem.language.duplicate", language);
            }
        }
        if (unique.size() < 2) {
            problems.add("/languages", "problem.language.tooFew");
        }
        return List.copyOf(unique);
    }

    private ZoneId readZone(JsonObjectReader top) {
        String name = top.requiredString("timeZone");
        if (name == null) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            problems.add(top.pointerOf("timeZone"), "problem.timeZone", name);
            return null;
        }
    }

    private LocalDate date(JsonObjectReader object, String name) {
        String text = object.requiredPattern(name, DATE, "problem.date");
        return text == null ? null : parseDate(text, object, name);
    }

    private Optional<LocalDate> optionalDate(JsonObjectReader object, String name) {
        return object.optionalPattern(name, DATE, "problem.date").map(text -> parseDate(text, object, name));
    }

    /** The pointer of {@code object}'s property {@code name} is made only for a problem: most dates are fine. */
    private LocalDate parseDate(String text, JsonObjectReader object, String name) {
        try {
            return Formats.date(text);
        } catch (DateTimeException e) {
            problems.add(object.pointerOf(name), "problem.date", text);
            return null;
        }
    }

    private Optional<LocalTime> time(JsonObjectReader object, String name) {
        return object.optionalPattern(name, TIME, "problem.time").map(Formats::time);
    }

    private <T> T remember(T part, String pointer) {
        if (pointers != null) {
            pointers.put(part, pointer);
        }
        return part;
    }

    private Area area(Object node, String at) {
        JsonObjectReader object = nested(node, at, AREA_PROPERTIES);
        if (object == null) {
            return null;
        }
        return remember(new Area(object.requiredId("id"), object.requiredText("label"),
                object.requiredPattern("color", COLOR, "problem.color")), at);
    }

    private Track track(Object node, String at) {
        JsonObjectReader object = nested(node, at, TRACK_PROPERTIES);
        if (object == null) {
            return null;
        }
        return remember(new Track(object.requiredId("id"), object.requiredText("label")), at);
    }

    private Meeting meeting(Object node, String at) {
        JsonObjectReader object = nested(node, at, MEETING_PROPERTIES);
        if (object == null) {
            return null;
        }
        String id = object.requiredId("id");
        String track = object.requiredId("track");
        LocalizedText title = object.requiredText("title");
        Optional<LocalizedText> shortTitle = object.optionalText("shortTitle");
        LocalDate date = date(object, "date");
        Optional<LocalDate> endDate = optionalDate(object, "endDate");
        MeetingTime time = meetingTime(object);
        Optional<AlternativeTime> alternativeTime = object.optionalObject("alternativeTime",
                ALTERNATIVE_TIME_PROPERTIES).map(this::alternativeTime);
        Optional<LocalizedText> venue = object.optionalText("venue");
        List<LocalizedText> chairs = object.optionalList("chairs", this::chair);
        Optional<LocalizedText> participants = object.optionalText("participants");
        LocalizedText summary = object.requiredText("summary");
        List<LocalizedText> outcomes = object.optionalList("outcomes", object::localized);
        List<String> areas = object.requiredList("areas", object.ids(), false);
        List<String> documents = object.optionalList("documents", object.ids());
        Confidence confidence = confidence(object);
        Optional<LocalizedText> note = object.optionalText("note");
        List<Source> sources = object.requiredList("sources", this::source, true);
        List<ActorRef> actors = object.optionalList("actors", this::actor);
        return remember(new Meeting(id, track, title, shortTitle, date, endDate, time, alternativeTime, venue, chairs, participants, summary,
                outcomes, areas, documents, confidence, note, sources, actors), at);
    }

    /**
     * The time fields of a meeting or of its alternative reading. What cannot be read is left out (it is reported),
     * so that the result is never null.
     */
    private MeetingTime meetingTime(JsonObjectReader object) {
        Optional<LocalTime> start = time(object, "start");
        TimePrecision precision = object.optionalString("timePrecision").map(code -> TimePrecision.fromCode(code)
                .orElseGet(() -> {
                    problems.add(object.pointerOf("timePrecision"), "problem.timePrecision", code);
                    return null;
                })).orElse(TimePrecision.EXACT);
        Optional<PartOfDay> partOfDay = object.optionalString("partOfDay").flatMap(code -> {
            Optional<PartOfDay> part = PartOfDay.fromCode(code);
            if (part.isEmpty()) {
                problems.add(object.pointerOf("partOfDay"), "problem.partOfDay", code);
            }
            return part;
        });
        Optional<LocalTime> end = time(object, "end");
        Optional<Duration> duration = object.optionalMinutes("durationMinutes").map(Duration::ofMinutes);
        boolean hasStart = object.has("start");
        if (object.has("partOfDay") && hasStart) {
            problems.add(object.pointerOf("partOfDay"), "problem.startAndPartOfDay");
        }
        if (object.has("timePrecision") && !hasStart) {
            problems.add(object.pointerOf("timePrecision"), "problem.precisionWithoutStart");
        }
        if (object.has("end") && !hasStart) {
            problems.add(object.pointerOf("end"), "problem.endWithoutStart");
        }
        if (object.has("durationMinutes") && !hasStart) {
            problems.add(object.pointerOf("durationMinutes"), "problem.durationWithoutStart");
        }
        if (object.has("durationMinutes") && object.has("end")) {
            problems.add(object.pointerOf("durationMinutes"), "problem.endAndDuration");
        }
        return new MeetingTime(start, precision == null ? TimePrecision.EXACT : precision, partOfDay, end, duration);
    }

    private AlternativeTime alternativeTime(JsonObjectReader object) {
        MeetingTime time = meetingTime(object);
        LocalizedText note = object.requiredText("note");
        return remember(new AlternativeTime(time, note), object.pointer());
    }

    /** A chair is a name (the same in every language) or a text that needs translating. */
    private LocalizedText chair(Object node, String at) {
        if (node instanceof String name) {
            if (name.isBlank()) {
                problems.add(at, "problem.blank");
                return null;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            languages.forEach(language -> texts.put(language, name));
            return new LocalizedText(texts);
        }
        if (node instanceof JsonObject) {
            return JsonObjectReader.localizedText(node, at, null, problems, languages);
        }
        problems.add(at, "problem.type", "type.nameOrText", JsonObjectReader.typeOf(node));
        return null;
    }

    private Confidence confidence(JsonObjectReader object) {
        String code = object.requiredString("confidence");
        return code == null ? null : confidence(object, code);
    }

    private Confidence confidence(JsonObjectReader object, String code) {
        Optional<Confidence> confidence = Confidence.fromCode(code);
        if (confidence.isEmpty()) {
            problems.add(object.pointerOf("confidence"), "problem.confidence", code);
        }
        return confidence.orElse(null);
    }

    private Source source(Object node, String at) {
        JsonObjectReader object = nested(node, at, SOURCE_PROPERTIES);
        if (object == null) {
            return null;
        }
        String publisher = object.requiredString("publisher");
        Optional<String> title = object.optionalString("title");
        Optional<LocalizedText> description = object.optionalText("description");
        if (object.has("title") && object.has("description")) {
            problems.add(object.pointerOf("description"), "problem.source.titleAndDescription");
        } else if (!object.has("title") && !object.has("description")) {
            problems.add(at, "problem.source.titleOrDescription");
        }
        return remember(new Source(publisher, title, description, object.requiredPattern("url", URL, "problem.url"),
                object.optionalPattern("date", PARTIAL_DATE, "problem.partialDate")), at);
    }

    private Delegation delegation(Object node, String at) {
        JsonObjectReader object = nested(node, at, DELEGATION_PROPERTIES);
        if (object == null) {
            return null;
        }
        String id = object.requiredId("id");
        LocalizedText name = object.requiredText("name");
        DelegationKind kind = object.requiredCode("kind", DelegationKind::fromCode, "problem.delegationKind");
        return remember(new Delegation(id, name, kind), at);
    }

    private Person person(Object node, String at) {
        JsonObjectReader object = nested(node, at, PERSON_PROPERTIES);
        if (object == null) {
            return null;
        }
        return remember(new Person(object.requiredId("id"), object.requiredText("name"),
                object.requiredId("delegation"), object.requiredText("office")), at);
    }

    /** One of a meeting's actors: a person or a delegation, not both, with a role; null (reported) if broken. */
    private ActorRef actor(Object node, String at) {
        JsonObjectReader object = nested(node, at, ACTOR_PROPERTIES);
        if (object == null) {
            return null;
        }
        Optional<String> person = object.optionalId("person");
        Optional<String> delegation = object.optionalId("delegation");
        ActorRole role = object.requiredCode("role", ActorRole::fromCode, "problem.actorRole");
        if (object.has("person") && object.has("delegation")) {
            problems.add(at, "problem.actor.both");
            return null;
        }
        if (!object.has("person") && !object.has("delegation")) {
            problems.add(at, "problem.actor.neither");
            return null;
        }
        if (role == null || person.isEmpty() && delegation.isEmpty()) {
            return null;
        }
        return remember(new ActorRef(person, delegation, role), at);
    }

    private Document document(Object node, String at) {
        JsonObjectReader object = nested(node, at, DOCUMENT_PROPERTIES);
        if (object == null) {
            return null;
        }
        String id = object.requiredId("id");
        LocalizedText title = object.requiredText("title");
        Optional<LocalizedText> shortTitle = object.optionalText("shortTitle");
        LocalDate date = date(object, "date");
        Optional<String> meeting = object.optionalString("meeting");
        String kind = object.requiredPattern("kind", KIND, "problem.kind");
        LocalizedText rendition = object.requiredText("rendition");
        List<Paragraph> paragraphs = object.requiredList("paragraphs", this::paragraph, true);
        List<Source> sources = object.requiredList("sources", this::source, true);
        return remember(new Document(id, title, date, meeting, kind, rendition, paragraphs, sources), at);
    }

    private Paragraph paragraph(Object node, String at) {
        JsonObjectReader object = nested(node, at, PARAGRAPH_PROPERTIES);
        if (object == null) {
            return null;
        }
        return remember(new Paragraph(object.requiredId("id"), object.optionalList("areas", object.ids()),
                object.requiredText("text")), at);
    }

    private Fact fact(Object node, String at) {
        JsonObjectReader object = nested(node, at, FACT_PROPERTIES);
        if (object == null) {
            return null;
        }
        String id = object.requiredId("id");
        LocalizedText label = object.requiredText("label");
        LocalizedText value = object.requiredText("value");
        String asOf = object.requiredPattern("asOf", PARTIAL_DATE, "problem.partialDate");
        Confidence confidence = object.optionalString("confidence").map(code -> confidence(object, code))
                .orElse(Confidence.CONFIRMED);
        Optional<LocalizedText> note = object.optionalText("note");
        List<Source> sources = object.requiredList("sources", this::source, true);
        return remember(new Fact(id, label, value, asOf, confidence, note, sources), at);
    }

    private JsonObjectReader nested(Object node, String at, Set<String> allowed) {
        return JsonObjectReader.of(node, at, problems, languages, allowed).orElse(null);
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
