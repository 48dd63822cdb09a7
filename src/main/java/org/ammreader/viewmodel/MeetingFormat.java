package org.ammreader.viewmodel;

import org.ammreader.i18n.ZoneLabels;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Meeting;

/** Writes a meeting's day and time as a reader expects, in the model's time zone and, if it differs, in theirs. */
public final class MeetingFormat {

    private final Messages messages;
    private final ZoneId modelZone;
    private final ZoneId userZone;

    public MeetingFormat(Messages messages, ZoneId modelZone, ZoneId userZone) {
        this.messages = messages;
        this.modelZone = modelZone;
        this.userZone = userZone;
    }

    /** "Thursday 1 August 2019", with French « jeudi 1er août 2019 ». */
    public String day(LocalDate date) {
        return Dates.withWeekday(date, messages.locale());
    }

    /** The day or days, and the hours when they are known, in the model's time zone. */
    public String when(Meeting meeting) {
        String days = meeting.endDate().isPresent()
                ? messages.get("time.days", day(meeting.date()), day(meeting.endDate().get()))
                : day(meeting.date());
        if (meeting.start().isEmpty()) {
            return messages.get("time.dayOnly", days);
        }
        String zone = shortZone(modelZone, meeting.date());
        if (meeting.end().isEmpty()) {
            return messages.get("time.startOnly", days, time(meeting.start().get()), zone);
        }
        return messages.get("time.span", days, time(meeting.start().get()), time(meeting.end().get()), zone);
    }

    /** The start in the user's own time zone, when the meeting has a time and the zones differ. */
    public Optional<String> inUserZone(Meeting meeting) {
        if (meeting.start().isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime start = meeting.date().atTime(meeting.start().get()).atZone(modelZone);
        ZonedDateTime local = start.withZoneSameInstant(userZone);
        if (local.getOffset().equals(start.getOffset())) {
            return Optional.empty();
        }
        String day = local.toLocalDate().equals(meeting.date()) ? "" : day(local.toLocalDate()) + ", ";
        return Optional.of(messages.get("time.userZone", day + time(local.toLocalTime()),
                ZoneLabels.label(userZone, local.toLocalDate(), messages.locale())));
    }

    /** "09:10" in English, « 9 h 10 » in French. */
    public String time(LocalTime time) {
        if ("fr".equals(messages.language())) {
            return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h " + String.format(Locale.ROOT, "%02d", time.getMinute());
        }
        return DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    private String shortZone(ZoneId zone, LocalDate date) {
        return ZoneLabels.label(zone, date, messages.locale());
    }
}
