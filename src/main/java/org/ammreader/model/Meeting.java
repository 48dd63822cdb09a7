package org.ammreader.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One meeting or side event of the week. Times are local to the model's time zone and carry their precision
 * ({@link MeetingTime}); a meeting whose time sources disagree keeps the other reading as its alternative time.
 * A meeting over several days has an end date. A long title may come with a short one, drawn where the full title
 * does not fit (on a timeline bar); the full title stays everywhere there is room for it (ADR 0014).
 * Its actors name the people and delegations of the model it involves, with their roles (ADR 0020); the chairs
 * and participants texts stay, as they say more.
 */
public record Meeting(String id, String track, LocalizedText title, Optional<LocalizedText> shortTitle, LocalDate date, Optional<LocalDate> endDate,
                      MeetingTime time, Optional<AlternativeTime> alternativeTime, Optional<LocalizedText> venue,
                      List<LocalizedText> chairs, Optional<LocalizedText> participants, LocalizedText summary,
                      List<LocalizedText> outcomes, List<String> areas, List<String> documents,
                      Confidence confidence, Optional<LocalizedText> note, List<Source> sources,
                      List<ActorRef> actors) {

    public Meeting {
        chairs = List.copyOf(chairs);
        actors = List.copyOf(actors);
        outcomes = List.copyOf(outcomes);
        areas = List.copyOf(areas);
        documents = List.copyOf(documents);
        sources = List.copyOf(sources);
    }

    /** A meeting that names no actors, as models written before actors were part of the format. */
    public Meeting(String id, String track, LocalizedText title, Optional<LocalizedText> shortTitle, LocalDate date,
                   Optional<LocalDate> endDate, MeetingTime time, Optional<AlternativeTime> alternativeTime,
                   Optional<LocalizedText> venue, List<LocalizedText> chairs, Optional<LocalizedText> participants,
                   LocalizedText summary, List<LocalizedText> outcomes, List<String> areas, List<String> documents,
                   Confidence confidence, Optional<LocalizedText> note, List<Source> sources) {
        this(id, track, title, shortTitle, date, endDate, time, alternativeTime, venue, chairs, participants, summary,
                outcomes, areas, documents, confidence, note, sources, List.of());
    }

    /** The short title in {@code language} where there is one, else the full title. */
    public String shortTitleOr(String language) {
        return shortTitle.map(t -> t.get(language)).orElseGet(() -> title.get(language));
    }

    /** The last day the meeting runs on: its end date, or its date. */
    public LocalDate lastDate() {
        return endDate.orElse(date);
    }

    /** The start time of the main reading, when one is reported. */
    public Optional<LocalTime> start() {
        return time.start();
    }

    /** The end time of the main reading as written in the file (not computed from a duration). */
    public Optional<LocalTime> end() {
        return time.end();
    }

    /** Whether a time of day is reported: a start or a part of the day. */
    public boolean hasTime() {
        return time.isReported();
    }

    /** Whether the sources disagree on the time, so that two readings are kept. */
    public boolean isTimeDisputed() {
        return alternativeTime.isPresent();
    }
}
