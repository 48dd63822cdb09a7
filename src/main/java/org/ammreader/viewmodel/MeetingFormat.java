package org.ammreader.viewmodel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.Messages;
import org.ammreader.i18n.TimeWords;
import org.ammreader.i18n.ZoneLabels;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;

/**
 * Writes a meeting's day and time as a reader expects, in the model's time zone and, if it differs, in theirs; the
 * time itself in words from {@link TimeWords}.
 */
public final class MeetingFormat {

    private final Messages messages;
    private final TimeWords words;
    private final ZoneId modelZone;
    private final ZoneId userZone;

    public MeetingFormat(Messages messages, ZoneId modelZone, ZoneId userZone) {
        this.messages = messages;
        this.words = TimeWords.forLanguage(messages.language());
        this.modelZone = modelZone;
        this.userZone = userZone;
    }

    /** "Thursday 1 August 2019", with French « jeudi 1er août 2019 ». */
    public String day(LocalDate date) {
        return Dates.withWeekday(date, messages.locale());
    }

    /** The day or days, and the time with its precision when it is known, in the model's time zone. */
    public String when(Meeting meeting) {
        String days = meeting.endDate().isPresent()
                ? messages.get("time.days", day(meeting.date()), day(meeting.endDate().get()))
                : day(meeting.date());
        if (!meeting.hasTime()) {
            return messages.get("time.dayOnly", days);
        }
        String zone = ZoneLabels.label(modelZone, meeting.date(), messages.locale());
        MeetingTime time = meeting.time();
        if (time.start().isPresent() && !time.isApproximate() && time.endOrStartPlusDuration().isEmpty()
                && !meeting.isTimeDisputed()) {
            return messages.get("time.startOnly", days, words.of(meeting), zone);
        }
        return messages.get("time.timed", days, words.of(meeting), zone);
    }

    /** The time of day alone, as the agenda lists it: "09:10", "about 10:00 (about 1 h)", "time not reported". */
    public String timeOfDay(Meeting meeting) {
        return words.of(meeting);
    }

    /** The time in the user's own time zone, when the meeting has one and the zones differ. */
    public Optional<String> inUserZone(Meeting meeting) {
        return words.inZone(meeting, modelZone, userZone).map(time -> messages.get("time.userZone", time,
                ZoneLabels.label(userZone, meeting.date(), messages.locale())));
    }
}
