package org.ammreader.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The VTIMEZONE of a zone over a span of days, computed from Java's own zone rules rather than copied from a
 * table: the observance in force when the span begins, then every change of offset inside it. That is all a
 * calendar needs to place the span's times; a zone that never changed its offset is one observance since 1601.
 */
final class TimeZoneComponent {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final LocalDateTime SINCE_ALWAYS = LocalDateTime.of(1601, 1, 1, 0, 0);

    private TimeZoneComponent() {
    }

    static void write(IcsText ics, ZoneId zone, LocalDate first, LocalDate last) {
        ZoneRules rules = zone.getRules();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        ics.line("BEGIN:VTIMEZONE").line("TZID:" + zone.getId());
        // The observance in force when the span begins, since its onset: written with the same offset before and
        // after, as calendar programs write a zone's current rule (the offset before, often a local mean time of
        // the 1920s, would only mislead a reader — ical4j applied it to a time just after midnight).
        ZoneOffsetTransition before = rules.previousTransition(start.plusNanos(1));
        ZoneOffset offset = rules.getOffset(start);
        observance(ics, rules.isDaylightSavings(start), before == null ? SINCE_ALWAYS : before.getDateTimeAfter(),
                offset, offset);
        for (ZoneOffsetTransition next = rules.nextTransition(start); next != null
                && next.getInstant().isBefore(end); next = rules.nextTransition(next.getInstant())) {
            observance(ics, rules.isDaylightSavings(next.getInstant()), next.getDateTimeBefore(),
                    next.getOffsetBefore(), next.getOffsetAfter());
        }
        ics.line("END:VTIMEZONE");
    }

    /** RFC 5545 §3.6.5: the onset is local time in the offset in force before it. */
    private static void observance(IcsText ics, boolean daylight, LocalDateTime onset, ZoneOffset from,
                                   ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        // The onset again as an RDATE: a one-time observance with a DTSTART alone is valid, but ical4j 4.1 then
        // ignores every observance after the first, and calendar programs write one-time onsets this way too.
        ics.line("BEGIN:" + kind)
                .line("DTSTART:" + LOCAL.format(onset))
                .line("RDATE:" + LOCAL.format(onset))
                .line("TZOFFSETFROM:" + offset(from))
                .line("TZOFFSETTO:" + offset(to))
                .line("END:" + kind);
    }

    /** "+0700", "-0330", "+064204" (seconds only when there are some, as RFC 5545 §3.3.14 allows). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int absolute = Math.abs(total);
        String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", absolute / 3600, absolute / 60 % 60);
        return absolute % 60 == 0 ? hhmm : hhmm + String.format("%02d", absolute % 60);
    }
}
