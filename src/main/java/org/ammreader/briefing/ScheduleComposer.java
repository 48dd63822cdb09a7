package org.ammreader.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Area;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * The day-by-day schedule of the meetings in the filter. Within a day meetings keep the model's order, which
 * is the order of the day as far as the sources know it (most meetings have no time to sort by). A meeting over
 * several days appears on its first day with the day it ends. Chairs are named without the office in
 * parentheses: the schedule has one line for them, the box of the meeting in focus has the full wording.
 */
final class ScheduleComposer {

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
        for (Meeting meeting : model.meetings()) {
            if (filter.matches(meeting.areas())) {
                byDay.computeIfAbsent(meeting.date(), day -> new ArrayList<>()).add(row(meeting));
            }
        }
        List<BriefingContent.Day> days = byDay.entrySet().stream()
                .map(day -> new BriefingContent.Day(labels.weekdayHeading(day.getKey()),
                        labels.text("schedule.continued", labels.weekdayHeading(day.getKey())), day.getValue()))
                .toList();
        return new BriefingContent.Schedule(labels.text("schedule.heading"),
                labels.text("schedule.note", labels.zone(model.timeZone(), model.startDate())), days,
                labels.text("schedule.empty"));
    }

    private BriefingContent.Row row(Meeting meeting) {
        String remark = meeting.endDate().filter(end -> !end.equals(meeting.date()))
                .map(end -> labels.text("schedule.until", labels.weekday(end))).orElse("");
        List<BriefingContent.AreaChip> chips = new ArrayList<>();
        int others = 0;
        for (String areaId : meeting.areas()) {
            Optional<Area> area = model.area(areaId);
            if (area.isPresent() && filter.includes(areaId)) {
                chips.add(new BriefingContent.AreaChip(area.get().label().get(language), area.get().color()));
            } else {
                others++;
            }
        }
        return new BriefingContent.Row(meeting.hasTime() ? time(meeting, labels) : "", meeting.title().get(language),
                remark, meeting.chairs().stream().map(chair -> WeekChair.name(chair.get(language))).toList(), chips,
                others == 0 ? "" : labels.text("schedule.moreAreas", others));
    }

    /** "09:10–10:30", « 9 h 10 – 10 h 30 », or the start alone when the end is not known. */
    static String time(Meeting meeting, BriefingLabels labels) {
        String start = meeting.start().map(labels::time).orElse("");
        return meeting.end().map(end -> labels.text("time.range", start, labels.time(end))).orElse(start);
    }
}
