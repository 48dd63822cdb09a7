package org.ammreader.briefing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Confidence;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * The day-by-day schedule of the meetings in the filter. Within a day, meetings with a time of day come first in
 * time order (a part of the day at its first hour), then the others in the model's order, which is the order of
 * the day as far as the sources know it. A meeting over
 * several days appears on its first day with the day it ends. Chairs are named without the office in
 * parentheses: the schedule has one line for them, the box of the meeting in focus has the full wording.
 * A meeting's areas come in the model's order, the order of the key, so that marks and key read alike.
 */
final class ScheduleComposer {

    /** The glyphs the timeline and its PNG export draw for uncertain meetings; a confirmed one has none. */
    private static final Map<Confidence, String> FLAGS = new EnumMap<>(Map.of(
            Confidence.SINGLE_SOURCE, "\u25cb", Confidence.DISPUTED, "!", Confidence.UNVERIFIED, "?"));

    private final Model model;
    private final AreaFilter filter;
    private final String language;
    private final BriefingLabels labels;

    ScheduleComposer(Model model, AreaFilter filter, String language, BriefingLabels labels) {
        this.model = model;
        this.filter = filter;
        this.language = language;
        this.labels = labels;
    }

    BriefingContent.Schedule schedule() {
        Map<LocalDate, List<BriefingContent.Row>> byDay = new TreeMap<>();
        Set<String> areasShown = new HashSet<>();
        Set<Confidence> flagsShown = EnumSet.noneOf(Confidence.class);
        List<Meeting> inTimeOrder = model.meetings().stream()
                .sorted(Comparator.comparing((Meeting m) -> !m.hasTime())
                        .thenComparing(m -> m.time().earliest().orElse(LocalTime.MIDNIGHT)))
                .toList();
        for (Meeting meeting : inTimeOrder) {
            if (filter.matches(meeting.areas())) {
                byDay.computeIfAbsent(meeting.date(), day -> new ArrayList<>()).add(row(meeting));
                areasShown.addAll(meeting.areas());
                flagsShown.add(meeting.confidence());
            }
        }
        List<BriefingContent.Day> days = byDay.entrySet().stream()
                .map(day -> new BriefingContent.Day(labels.weekdayName(day.getKey()),
                        labels.dayAndMonth(day.getKey()), day.getValue()))
                .toList();
        List<BriefingContent.AreaMark> key = marks(areasShown);
        List<BriefingContent.Flag> flags = FLAGS.entrySet().stream().filter(flag -> flagsShown.contains(flag.getKey()))
                .map(flag -> new BriefingContent.Flag(flag.getValue(),
                        labels.text("flag." + flag.getKey().code())))
                .toList();
        return new BriefingContent.Schedule(labels.text("schedule.heading"),
                labels.text("schedule.note", labels.zone(model.timeZone(), model.startDate())), key, flags, days,
                labels.text("schedule.continued"), labels.text("schedule.empty"));
    }

    private BriefingContent.Row row(Meeting meeting) {
        String remark = meeting.endDate().filter(end -> !end.equals(meeting.date()))
                .map(end -> labels.text("schedule.until", labels.weekday(end))).orElse("");
        List<BriefingContent.AreaMark> marks = marks(meeting.areas());
        int others = meeting.areas().size() - marks.size();
        return new BriefingContent.Row(meeting.hasTime() ? labels.timeOfDay(meeting) : "", meeting.title().get(language),
                remark, meeting.chairs().stream().map(chair -> WeekChair.name(chair.get(language))).toList(), marks,
                others == 0 ? "" : labels.text("schedule.moreAreas", others),
                flag(meeting.confidence()));
    }

    /** The glyph of an uncertain item, the same for a meeting and a fact; empty for a confirmed one. */
    static String flag(Confidence confidence) {
        return FLAGS.getOrDefault(confidence, "");
    }

    /** The model's areas among {@code ids} that the filter includes, in the model's order. */
    private List<BriefingContent.AreaMark> marks(Collection<String> ids) {
        return model.areas().stream().filter(area -> ids.contains(area.id()) && filter.includes(area.id()))
                .map(area -> new BriefingContent.AreaMark(area.label().get(language), area.color())).toList();
    }

}
