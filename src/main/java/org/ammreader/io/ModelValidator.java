package org.ammreader.io;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ammreader.model.ActorRef;
import org.ammreader.model.Area;
import org.ammreader.model.Delegation;
import org.ammreader.model.Document;
import org.ammreader.model.Fact;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;
import org.ammreader.model.Person;
import org.ammreader.model.Track;

/**
 * The checks that look across a model once its shape is right: ids are unique, every reference resolves,
 * dates fall inside the week, ends come after starts and durations end the same day, a second reading of a time
 * differs from the first, and uncertain items explain themselves.
 * Values the binder could not read are null here and are simply skipped (they were already reported).
 */
final class ModelValidator {

    private final ModelBinder.Bound bound;
    private final Model model;
    private final Problems problems;

    ModelValidator(ModelBinder.Bound bound, Problems problems) {
        this.bound = bound;
        this.model = bound.model();
        this.problems = problems;
    }

    void validate() {
        if (model.startDate() != null && model.endDate() != null && model.endDate().isBefore(model.startDate())) {
            problems.add("/endDate", "problem.weekEndsBeforeStart", model.endDate(), model.startDate());
        }
        unique(model.areas(), Area::id);
        unique(model.tracks(), Track::id);
        unique(model.meetings(), Meeting::id);
        unique(model.documents(), Document::id);
        unique(model.facts(), Fact::id);
        Set<String> areaIds = ids("areas", model.areas(), Area::id);
        Set<String> trackIds = ids("tracks", model.tracks(), Track::id);
        Set<String> meetingIds = ids("meetings", model.meetings(), Meeting::id);
        Set<String> documentIds = ids("documents", model.documents(), Document::id);
        for (Meeting meeting : model.meetings()) {
            String at = bound.pointerOf(meeting);
            reference(at, "/track", meeting.track(), "problem.ref.track", trackIds);
            references(at, "/areas", meeting.areas(), "problem.ref.area", areaIds);
            references(at, "/documents", meeting.documents(), "problem.ref.document", documentIds);
            checkDates(meeting, at);
            if (meeting.confidence() != null && meeting.confidence().needsNote() && meeting.note().isEmpty()) {
                problems.add(at, "problem.noteRequired", meeting.confidence().code());
            }
        }
        checkActors();
        for (Fact fact : model.facts()) {
            if (fact.confidence() != null && fact.confidence().needsNote() && fact.note().isEmpty()) {
                problems.add(bound.pointerOf(fact), "problem.fact.noteRequired", fact.confidence().code());
            }
        }
        for (Document document : model.documents()) {
            String at = bound.pointerOf(document);
            document.meeting().ifPresent(id -> reference(at, "/meeting", id, "problem.ref.meeting", meetingIds));
            insideWeek(document.date(), at, "/date");
            unique(document.paragraphs(), Paragraph::id);
            for (Paragraph paragraph : document.paragraphs()) {
                references(bound.pointerOf(paragraph), "/areas", paragraph.areas(), "problem.ref.area", areaIds);
            }
        }
    }

    /**
     * People and delegations (ADR 0020): unique ids, a person's id distinct from every delegation's (a meeting's
     * actor is found by its id alone), a person's delegation declared, and each meeting's actors declared and named
     * once.
     */
    private void checkActors() {
        unique(model.delegations(), Delegation::id);
        unique(model.people(), Person::id);
        Set<String> delegationIds = ids("delegations", model.delegations(), Delegation::id);
        Set<String> personIds = ids("people", model.people(), Person::id);
        for (Person person : model.people()) {
            String at = bound.pointerOf(person);
            reference(at, "/delegation", person.delegation(), "problem.ref.delegation", delegationIds);
            if (person.id() != null && model.delegation(person.id()).isPresent()) {
                problems.add(at + "/id", "problem.person.delegationId", person.id(),
                        bound.pointerOf(model.delegation(person.id()).get()));
            }
        }
        for (Meeting meeting : model.meetings()) {
            Map<String, ActorRef> named = new HashMap<>();
            for (ActorRef actor : meeting.actors()) {
                String at = bound.pointerOf(actor);
                actor.person().ifPresent(id -> reference(at, "/person", id, "problem.ref.person", personIds));
                actor.delegation().ifPresent(id -> reference(at, "/delegation", id, "problem.ref.delegation",
                        delegationIds));
                ActorRef earlier = named.putIfAbsent(actor.actorId(), actor);
                if (earlier != null) {
                    problems.add(at, "problem.actor.twice", actor.actorId(), bound.pointerOf(earlier));
                }
            }
        }
    }

    private void checkDates(Meeting meeting, String at) {
        insideWeek(meeting.date(), at, "/date");
        meeting.endDate().ifPresent(last -> {
            insideWeek(last, at, "/endDate");
            if (meeting.date() != null && !last.isAfter(meeting.date())) {
                problems.add(at + "/endDate", "problem.endDateNotAfter", last, meeting.date());
            }
        });
        checkTime(meeting, meeting.time(), at);
        meeting.alternativeTime().ifPresent(alternative -> {
            String alternativeAt = at + "/alternativeTime";
            checkTime(meeting, alternative.time(), alternativeAt);
            if (!meeting.time().isReported()) {
                problems.add(alternativeAt, "problem.alternativeWithoutTime");
            } else if (!alternative.time().isReported()) {
                problems.add(alternativeAt, "problem.alternativeEmpty");
            } else if (alternative.time().equals(meeting.time())) {
                problems.add(alternativeAt, "problem.alternativeSame");
            }
        });
    }

    /** An end after the start, and a duration that ends the same day. */
    private void checkTime(Meeting meeting, MeetingTime time, String at) {
        if (meeting.date() == null || time.start().isEmpty()) {
            return;
        }
        LocalTime startTime = time.start().get();
        time.end().ifPresent(endTime -> {
            LocalDateTime start = meeting.date().atTime(startTime);
            LocalDateTime end = meeting.lastDate().atTime(endTime);
            if (!end.isAfter(start)) {
                problems.add(at + "/end", "problem.endNotAfterStart", endTime, startTime);
            }
        });
        time.duration().ifPresent(duration -> {
            if (startTime.toSecondOfDay() + duration.toSeconds() > Duration.ofDays(1).toSeconds()) {
                problems.add(at + "/durationMinutes", "problem.durationPastMidnight", duration.toMinutes(),
                        startTime);
            }
        });
    }

    /** Pointers are made of {@code at} and {@code property} only for a problem: most dates are fine. */
    private void insideWeek(LocalDate date, String at, String property) {
        // A week that ends before it starts is reported once; every date "outside" it would only repeat that.
        if (date == null || model.startDate() == null || model.endDate() == null
                || model.endDate().isBefore(model.startDate())) {
            return;
        }
        if (date.isBefore(model.startDate()) || date.isAfter(model.endDate())) {
            problems.add(at + property, "problem.dateOutsideWeek", date, model.startDate(), model.endDate());
        }
    }

    private <T> void unique(List<T> items, Function<T, String> id) {
        Map<String, T> first = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) {
                continue;
            }
            T earlier = first.putIfAbsent(key, item);
            if (earlier != null) {
                problems.add(bound.pointerOf(item) + "/id", "problem.duplicateId", key, bound.pointerOf(earlier));
            }
        }
    }

    /** The declared ids of a list, or null when they are not all known. */
    private <T> Set<String> ids(String list, List<T> items, Function<T, String> id) {
        if (bound.incompleteLists().contains(list)) {
            return null;
        }
        return items.stream().map(id).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void references(String at, String property, List<String> ids, String key, Set<String> declared) {
        for (int i = 0; i < ids.size(); i++) {
            if (unresolved(ids.get(i), declared)) {
                problems.add(at + property + "/" + i, key, ids.get(i), abbreviate(declared));
            }
        }
    }

    /** Pointers are made of {@code at} and {@code property} only for a problem: most references resolve. */
    private void reference(String at, String property, String id, String key, Set<String> declared) {
        if (unresolved(id, declared)) {
            problems.add(at + property, key, id, abbreviate(declared));
        }
    }

    private static boolean unresolved(String id, Set<String> declared) {
        return id != null && declared != null && !declared.contains(id);
    }

    /** Lists the declared ids, shortened when there are many, so the message stays one readable line. */
    private static String abbreviate(Set<String> declared) {
        if (declared.isEmpty()) {
            return "type.none";
        }
        List<String> shown = declared.stream().limit(12).toList();
        String list = String.join(", ", shown);
        return declared.size() > shown.size() ? list + ", …" : list;
    }
}
