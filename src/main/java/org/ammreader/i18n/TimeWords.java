package org.ammreader.i18n;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.TimePrecision;

/**
 * A meeting's time of day in words, with its precision: "09:10", "about 10:00 (about 1 h)", "16:30–17:00",
 * "afternoon", « vers 10 h », « 9 h 10 », « après-midi », a disputed time with both readings — in the model's
 * zone or moved to the reader's. The one place where times of day become text: the agenda, the detail pane, the
 * briefing and the picture all ask here. Words come from the {@code times} bundle of the language asked for
 * (English when there is none): the interface language on screen, the content language on paper.
 */
public final class TimeWords {

    private final Locale locale;
    private final ResourceBundle bundle;

    private TimeWords(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static TimeWords forLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        try {
            return new TimeWords(locale, ResourceBundle.getBundle("org.ammreader.i18n.times", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            return new TimeWords(Locale.ROOT, ResourceBundle.getBundle("org.ammreader.i18n.times", Locale.ROOT));
        }
    }

    private String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A clock time: "09:10", « 9 h 10 », « 10 h ». */
    public String clock(LocalTime time) {
        return time.getMinute() == 0 ? text("clock.hour", time.getHour())
                : text("clock", time.getHour(), time.getMinute());
    }

    /** A length of time: "30 min", "1 h", "3 h 30 min", « 3 h 30 ». */
    public String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return text("duration.minutes", minutes);
        }
        return minutes == 0 ? text("duration.hours", hours) : text("duration.hoursMinutes", hours, minutes);
    }

    /** The meeting's time in the model's zone: its reading, both readings when disputed, or "time not reported". */
    public String of(Meeting meeting) {
        if (!meeting.hasTime()) {
            return text("notReported");
        }
        String first = reading(meeting.time());
        return meeting.alternativeTime().map(other -> text("disputed", first, reading(other.time()))).orElse(first);
    }

    /**
     * When the meeting begins, briefly, for a label: "09:10", "about 10:00", "afternoon", a disputed start as
     * "disputed: about 15:00 or 14:00"; empty text when no time is reported.
     */
    public String startOf(Meeting meeting) {
        String first = start(meeting.time());
        return meeting.alternativeTime().map(other -> text("disputed", first, start(other.time()))).orElse(first);
    }

    private String start(MeetingTime time) {
        if (time.partOfDay().isPresent()) {
            return text("partOfDay." + time.partOfDay().get().code());
        }
        return time.start().map(start -> time.isApproximate() ? text("about", clock(start)) : clock(start))
                .orElse("");
    }

    /** One reading: "09:10", "about 10:00 (about 1 h)", "16:30–17:00", "afternoon"; empty text when none. */
    public String reading(MeetingTime time) {
        if (time.partOfDay().isPresent()) {
            return text("partOfDay." + time.partOfDay().get().code());
        }
        if (time.start().isEmpty()) {
            return "";
        }
        boolean about = time.isApproximate();
        String start = clock(time.start().get());
        if (time.end().isPresent()) {
            return text(about ? "about.range" : "range", start, clock(time.end().get()));
        }
        String from = about ? text("about", start) : start;
        return time.duration()
                .map(d -> text("withDuration", from, about ? text("about.duration", duration(d)) : duration(d)))
                .orElse(from);
    }

    /**
     * The meeting's time as it falls in another zone, when it has one and the zones differ then: each reading
     * moved by the difference, a part of the day becoming its hours ("about 07:00–13:00"), and the day named when
     * it is not the meeting's ("31 July 2019, 23:10").
     */
    public Optional<String> inZone(Meeting meeting, ZoneId modelZone, ZoneId readerZone) {
        Optional<LocalTime> earliest = meeting.time().earliest();
        if (earliest.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime start = meeting.date().atTime(earliest.get());
        ZoneOffset from = modelZone.getRules().getOffset(start);
        ZoneOffset to = readerZone.getRules().getOffset(start.atZone(modelZone).toInstant());
        if (from.equals(to)) {
            return Optional.empty();
        }
        Duration shift = Duration.ofSeconds(to.getTotalSeconds() - from.getTotalSeconds());
        String first = reading(moved(meeting.time(), shift));
        String words = meeting.alternativeTime()
                .map(other -> text("disputed", first, reading(moved(other.time(), shift)))).orElse(first);
        LocalDate day = start.plus(shift).toLocalDate();
        return Optional.of(day.equals(meeting.date()) ? words : text("otherDay", Dates.day(day, locale), words));
    }

    /** A reading moved to another zone; a part of the day, which means nothing there, becomes its hours. */
    private static MeetingTime moved(MeetingTime time, Duration shift) {
        if (time.partOfDay().isPresent()) {
            return new MeetingTime(Optional.of(time.partOfDay().get().from().plus(shift)), TimePrecision.APPROXIMATE,
                    Optional.empty(), Optional.of(time.partOfDay().get().until().plus(shift)), Optional.empty());
        }
        return new MeetingTime(time.start().map(t -> t.plus(shift)), time.precision(), Optional.empty(),
                time.end().map(t -> t.plus(shift)), time.duration());
    }
}
