package org.ammreader.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One reading of when in the day a meeting took place, as precisely as its sources give it: a start time (exact
 * or approximate) with, when known, an end or a duration; or only a part of the day; or nothing at all.
 */
public record MeetingTime(Optional<LocalTime> start, TimePrecision precision, Optional<PartOfDay> partOfDay,
                          Optional<LocalTime> end, Optional<Duration> duration) {

    /** No time of day reported. */
    public static final MeetingTime NOT_REPORTED = new MeetingTime(Optional.empty(), TimePrecision.EXACT,
            Optional.empty(), Optional.empty(), Optional.empty());

    public static MeetingTime at(LocalTime start, TimePrecision precision) {
        return new MeetingTime(Optional.of(start), precision, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether a source gives any time of day: a start or a part of the day. */
    public boolean isReported() {
        return start.isPresent() || partOfDay.isPresent();
    }

    public boolean isApproximate() {
        return precision == TimePrecision.APPROXIMATE;
    }

    /**
     * The end as reported, or the start plus the duration; empty when neither is known. On a meeting over several
     * days this is a time on its last day.
     */
    public Optional<LocalTime> endOrStartPlusDuration() {
        if (end.isPresent()) {
            return end;
        }
        return start.flatMap(s -> duration.map(s::plus));
    }

    /**
     * The earliest time this reading allows, for putting meetings in time order: the start, or the beginning of
     * the part of the day; empty when no time is reported.
     */
    public Optional<LocalTime> earliest() {
        return start.isPresent() ? start : partOfDay.map(PartOfDay::from);
    }
}
