package org.ammreader.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.PartOfDay;

/**
 * Where a meeting with a known start and end is drawn, and how much of each end is uncertain (ADR 0011): an
 * approximate time is drawn fading over {@link #ABOUT} either side of it; a part of the day spans its hours, fading
 * over the first and last {@link #PART_EDGE}; a disputed time spans both readings, fading from the earliest start
 * to the latest one.
 *
 * @param softStart how long after {@code start} the bar becomes solid
 * @param softEnd   how long before {@code end} it starts to fade out
 */
record MeetingSpan(LocalDateTime start, LocalDateTime end, Duration softStart, Duration softEnd) {

    /** How far either side of an approximate time the bar fades: "about 10:00" is drawn from 09:45 to 10:15. */
    static final Duration ABOUT = Duration.ofMinutes(15);
    /** How much of each end of a part of the day fades: "morning" (08:00–12:00) is solid from 09:00 to 11:00. */
    static final Duration PART_EDGE = Duration.ofHours(1);

    /** One reading's edges: where it may begin, where it surely has, and the same for its end when known. */
    private record Edges(LocalDateTime earliest, LocalDateTime solidFrom, Optional<LocalDateTime> solidUntil,
                         Optional<LocalDateTime> latest) {
    }

    /** The span of a meeting with a time of day and an end (or a duration, or a part of the day); else empty. */
    static Optional<MeetingSpan> of(Meeting meeting) {
        if (!meeting.hasTime()) {
            return Optional.empty();
        }
        Edges edges = edges(meeting.time(), meeting.date(), meeting.lastDate());
        if (meeting.alternativeTime().isPresent()) {
            Edges other = edges(meeting.alternativeTime().get().time(), meeting.date(), meeting.lastDate());
            edges = new Edges(earlier(edges.earliest(), other.earliest()), later(edges.solidFrom(), other.solidFrom()),
                    either(edges.solidUntil(), other.solidUntil(), MeetingSpan::earlier),
                    either(edges.latest(), other.latest(), MeetingSpan::later));
        }
        Edges found = edges;
        return found.latest().map(latest -> new MeetingSpan(found.earliest(), latest,
                Duration.between(found.earliest(), found.solidFrom()),
                Duration.between(found.solidUntil().orElse(latest), latest)));
    }

    private static Edges edges(MeetingTime time, LocalDate date, LocalDate lastDate) {
        if (time.partOfDay().isPresent()) {
            PartOfDay part = time.partOfDay().get();
            return new Edges(date.atTime(part.from()), date.atTime(part.from()).plus(PART_EDGE),
                    Optional.of(lastDate.atTime(part.until()).minus(PART_EDGE)),
                    Optional.of(lastDate.atTime(part.until())));
        }
        LocalTime start = time.start().orElseThrow();
        Duration fuzz = time.isApproximate() ? ABOUT : Duration.ZERO;
        Optional<LocalDateTime> end = time.end().map(lastDate::atTime)
                .or(() -> time.duration().map(date.atTime(start)::plus));
        return new Edges(date.atTime(start).minus(fuzz), date.atTime(start).plus(fuzz), end.map(e -> e.minus(fuzz)),
                end.map(e -> e.plus(fuzz)));
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static Optional<LocalDateTime> either(Optional<LocalDateTime> a, Optional<LocalDateTime> b,
                                                  BinaryOperator<LocalDateTime> pick) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(pick.apply(a.get(), b.get()));
        }
        return a.isPresent() ? a : b;
    }
}
