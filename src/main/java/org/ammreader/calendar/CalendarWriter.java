package org.ammreader.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.TimeWords;
import org.ammreader.io.AtomicFiles;
import org.ammreader.model.Area;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Source;

/**
 * The meetings a filter shows, as an iCalendar file (RFC 5545) for the calendar programs people already use.
 * A meeting with a start time is a timed event in the model's zone, whose VTIMEZONE goes with it; a meeting known
 * only to the day (or to a part of it) is an all-day event. What a calendar cannot show — an approximate or a
 * disputed time, a part of the day, the chairs, the confidence and the sources — is said in the description, in
 * the content language. Each event's UID is made of the model's and the meeting's ids, so that importing the
 * file again updates the events instead of adding them twice (docs/adr/0018).
 */
public final class CalendarWriter {

    /** The domain part of every UID: fixed, so that a UID never changes from one export to the next. */
    public static final String UID_DOMAIN = "ammreader.org";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Model model;
    private final AreaFilter filter;
    private final String language;
    private final Locale locale;
    private final ResourceBundle texts;
    private final TimeWords times;

    public CalendarWriter(Model model, AreaFilter filter, String language) {
        this.model = model;
        this.filter = filter;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.texts = bundle(locale);
        this.times = TimeWords.forLanguage(language);
    }

    /** The content language's words, or English when the bundle has none in that language. */
    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle("org.ammreader.calendar.calendar", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("org.ammreader.calendar.calendar", Locale.ROOT);
        }
    }

    /** The meetings the filter shows, in the model's order: one event each. */
    public List<Meeting> meetings() {
        return model.meetings().stream().filter(meeting -> filter.matches(model, meeting)).toList();
    }

    /** The UID of a meeting's event: stable across exports, distinct across models. */
    public static String uid(Model model, Meeting meeting) {
        return meeting.id() + "." + model.id() + "@" + UID_DOMAIN;
    }

    /**
     * Writes the calendar to {@code target}, which appears complete or not at all.
     *
     * @param stamp when the export is made (each event's DTSTAMP)
     * @return how many events were written
     */
    public int write(Path target, Instant stamp, String producer) throws IOException {
        String text = text(stamp, producer);
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return meetings().size();
    }

    /** The calendar as text, lines ending in CRLF and folded. */
    public String text(Instant stamp, String producer) {
        IcsText ics = new IcsText();
        ics.line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:-//AMM Reader//" + IcsText.escape(producer) + "//" + language.toUpperCase(Locale.ROOT))
                .line("CALSCALE:GREGORIAN")
                .line("METHOD:PUBLISH")
                .line("X-WR-CALNAME:" + IcsText.escape(model.title().get(language)))
                .line("X-WR-TIMEZONE:" + model.timeZone().getId());
        TimeZoneComponent.write(ics, model.timeZone(), model.startDate(), model.endDate());
        for (Meeting meeting : meetings()) {
            event(ics, meeting, stamp);
        }
        ics.line("END:VCALENDAR");
        return ics.toString();
    }

    private void event(IcsText ics, Meeting meeting, Instant stamp) {
        ics.line("BEGIN:VEVENT")
                .line("UID:" + uid(model, meeting))
                .line("DTSTAMP:" + UTC.format(stamp));
        String zone = model.timeZone().getId();
        if (meeting.start().isPresent()) {
            ics.line("DTSTART;TZID=" + zone + ":" + LOCAL.format(meeting.date().atTime(meeting.start().get())));
            meeting.time().endOrStartPlusDuration().ifPresent(end ->
                    ics.line("DTEND;TZID=" + zone + ":" + LOCAL.format(endOf(meeting, end))));
        } else {
            // All-day: DTEND is the day after the last one (RFC 5545 §3.6.1: the end is exclusive).
            ics.line("DTSTART;VALUE=DATE:" + DATE.format(meeting.date()))
                    .line("DTEND;VALUE=DATE:" + DATE.format(meeting.lastDate().plusDays(1)));
        }
        ics.line("SUMMARY:" + IcsText.escape(meeting.title().get(language)))
                .line("LOCATION:" + IcsText.escape(meeting.venue().orElse(model.venue()).get(language)))
                .line("DESCRIPTION:" + IcsText.escape(description(meeting)));
        List<String> areas = meeting.areas().stream().map(model::area).flatMap(Optional::stream)
                .map(Area::label).map(label -> IcsText.escape(label.get(language))).toList();
        if (!areas.isEmpty()) {
            ics.line("CATEGORIES:" + String.join(",", areas));
        }
        ics.line("STATUS:" + (meeting.confidence().needsNote() ? "TENTATIVE" : "CONFIRMED"))
                .line("TRANSP:" + (meeting.start().isPresent() ? "OPAQUE" : "TRANSPARENT"))
                .line("END:VEVENT");
    }

    /**
     * The end as a date and time: on the last day for a meeting over several days; the next day when a time
     * computed from a duration runs past midnight.
     */
    private static LocalDateTime endOf(Meeting meeting, LocalTime end) {
        LocalDateTime at = meeting.lastDate().atTime(end);
        LocalDateTime start = meeting.date().atTime(meeting.start().orElseThrow());
        return at.isAfter(start) ? at : at.plusDays(1);
    }

    /** What the calendar cannot show by itself: the time in words, the people, the confidence, the sources. */
    private String description(Meeting meeting) {
        List<String> lines = new ArrayList<>();
        lines.add(text("time", times.of(meeting)));
        if (meeting.start().isEmpty()) {
            lines.add(text(meeting.time().partOfDay().isPresent() ? "time.partOfDay" : "time.notReported"));
        } else {
            if (meeting.time().isApproximate()) {
                lines.add(text("time.approximate"));
            }
            if (meeting.time().endOrStartPlusDuration().isEmpty()) {
                lines.add(text("time.noEnd"));
            }
        }
        meeting.alternativeTime().ifPresent(other -> lines.add(other.note().get(language)));
        lines.add("");
        lines.add(meeting.summary().get(language));
        if (!meeting.chairs().isEmpty()) {
            lines.add("");
            lines.add(text("chairs", meeting.chairs().size(), meeting.chairs().stream()
                    .map(chair -> chair.get(language)).collect(Collectors.joining("; "))));
        }
        meeting.participants().ifPresent(who -> lines.add(text("participants", who.get(language))));
        lines.add("");
        lines.add(text("confidence", text("confidence." + meeting.confidence().code())));
        meeting.note().map(note -> note.get(language)).ifPresent(lines::add);
        lines.add("");
        lines.add(text("sources"));
        for (Source source : meeting.sources()) {
            lines.add(text("source", source(source)));
        }
        return String.join("\n", lines);
    }

    /** "Publisher, “Headline”, 2019-08-01, https://…". */
    private String source(Source source) {
        List<String> parts = new ArrayList<>();
        parts.add(source.publisher());
        parts.add(source.isDescribed() ? source.shownTitle(language) : "“" + source.shownTitle(language) + "”");
        source.date().ifPresent(parts::add);
        parts.add(source.url());
        return String.join(", ", parts);
    }

    private String text(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
