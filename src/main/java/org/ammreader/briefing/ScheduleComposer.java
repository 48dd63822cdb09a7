package org.ammreader.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    /**
     * The most rows worded: more than four pages can hold (a one-line row is about 11.6 pt high, a page's text
     * area under 770 pt: under 70 rows a page), so the layout never runs short, and few enough that a model of
     * 100,000 meetings is not worded whole for a sheet that shows a few hundred.
     */
    static final int MOST_ROWS = 80 * PdfBriefingWriter.MAX_PAGES;

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int MINUTES_A_DAY = 24 * 60;

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

    /**
     * The meetings of the filter and {@code period}, in order of day then time, worded up to {@link #MOST_ROWS}:
     * the layout keeps as many of them as its page limit allows, the earliest first.
     */
    BriefingContent.Schedule schedule(BriefingPeriod period) {
        List<Meeting> meetings = model.meetings();
        long[] chosen = new long[meetings.size()];
        int inPeriod = 0;
        int outside = 0;
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            if (filter.matches(model, meeting)) {
                if (period.includes(meeting)) {
                    chosen[inPeriod++] = orderKey(meeting, i, period);
                } else {
                    outside++;
                }
            }
        }
        // Sorting numbers, not meetings: a model of 100,000 meetings sorted by comparators took most of the sheet's
        // time, for the few hundred rows that are worded.
        Arrays.sort(chosen, 0, inPeriod);
        List<Meeting> first = new ArrayList<>();
        for (int i = 0; i < Math.min(inPeriod, MOST_ROWS); i++) {
            first.add(meetings.get((int) (chosen[i] & INDEX_MASK)));
        }
        Map<LocalDate, List<BriefingContent.Row>> byDay = new TreeMap<>();
        Set<String> areasShown = new HashSet<>();
        Set<Confidence> flagsShown = EnumSet.noneOf(Confidence.class);
        for (Meeting meeting : first) {
            byDay.computeIfAbsent(firstDay(meeting, period), day -> new ArrayList<>()).add(row(meeting));
            areasShown.addAll(meeting.areas());
            flagsShown.add(meeting.confidence());
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
                labels.text("schedule.continued"), labels.text(period.coversAll(model) ? "schedule.empty"
                        : "schedule.empty.period"),
                new BriefingContent.LeftOut(inPeriod, outside, labels.label("leftOut"),
                        outside == 0 ? "" : labels.text("leftOut.outside", outside),
                        labels.pattern("leftOut.overLimit"), labels.text("list.separator")));
    }

    /**
     * A meeting's place in the schedule as one number: its day (counted from the period's first), then the
     * meetings with a time of day before the others, then that time in minutes, then its index in the model, so
     * that meetings with no time keep the model's order, the order of the day as far as the sources know it.
     */
    private static long orderKey(Meeting meeting, int index, BriefingPeriod period) {
        long day = firstDay(meeting, period).toEpochDay() - period.from().toEpochDay();
        int minutes = meeting.time().earliest().map(time -> time.getHour() * 60 + time.getMinute()).orElse(0);
        long place = (day * 2 + (meeting.hasTime() ? 0 : 1)) * MINUTES_A_DAY + minutes;
        return place << INDEX_BITS | index;
    }

    private static LocalDate firstDay(Meeting meeting, BriefingPeriod period) {
        return meeting.date().isBefore(period.from()) ? period.from() : meeting.date();
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
