package org.ammreader.viewmodel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.AreaIndex;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Track;

/**
 * The meetings in the filter as text, day by day: the accessible equivalent of the drawn timeline. Within a
 * day, meetings with a known time come first in time order (a part of the day at its first hour), then the
 * others in lane order, then in the model's order.
 *
 * <p>Made once per model: the order is sorted and the areas indexed here, so that a filter change only walks
 * the sorted meetings and keeps those the filter shows (ADR 0019).
 */
public final class Agenda {

    private final List<Meeting> meetings;
    private final AreaIndex areas;
    /** Positions in {@link #meetings}, in the agenda's order. */
    private final int[] order;
    /** Each meeting's row, made once: positions as in {@link #meetings}. */
    private final AgendaRow.Item[] items;
    /** Each meeting's day as an epoch day, positions as in {@link #meetings}: a filter change reads no meeting. */
    private final long[] days;

    private Agenda(Model model, AreaIndex areas) {
        this.meetings = model.meetings();
        this.areas = areas;
        List<String> trackOrder = model.tracks().stream().map(Track::id).toList();
        Comparator<Meeting> byDayThenTime = Comparator.comparing(Meeting::date)
                .thenComparing((Meeting m) -> !m.hasTime())
                .thenComparing(m -> m.time().earliest().orElse(LocalTime.MIDNIGHT))
                .thenComparingInt(m -> trackOrder.indexOf(m.track()));
        // A stable sort: meetings that compare equal stay in the model's order.
        this.order = IntStream.range(0, meetings.size()).boxed()
                .sorted(Comparator.comparing(meetings::get, byDayThenTime))
                .mapToInt(Integer::intValue).toArray();
        this.items = meetings.stream().map(AgendaRow.Item::new).toArray(AgendaRow.Item[]::new);
        this.days = meetings.stream().mapToLong(m -> m.date().toEpochDay()).toArray();
    }

    /** The agenda of {@code model}, whose meetings {@code areas} indexes in the model's order. */
    public static Agenda of(Model model, AreaIndex areas) {
        return new Agenda(model, areas);
    }

    /** The rows of {@code model} in {@code filter}, for a single use (a view keeps an {@link Agenda} instead). */
    public static List<AgendaRow> rows(Model model, AreaFilter filter) {
        return of(model, AreaIndex.of(model)).rows(filter);
    }

    /** A day's heading with its number of meetings, then the day's meetings, for every day with one shown. */
    public List<AgendaRow> rows(AreaFilter filter) {
        BitSet shown = areas.matching(filter);
        List<AgendaRow> rows = new ArrayList<>(shown.cardinality() + 16);
        int dayStart = -1;
        long day = Long.MIN_VALUE;
        for (int position : order) {
            if (!shown.get(position)) {
                continue;
            }
            if (days[position] != day) {
                closeDay(rows, dayStart);
                day = days[position];
                dayStart = rows.size();
                rows.add(null);
            }
            rows.add(items[position]);
        }
        closeDay(rows, dayStart);
        return rows;
    }

    /** Puts the heading of the day whose rows start at {@code start}, now that its meetings are counted. */
    private static void closeDay(List<AgendaRow> rows, int start) {
        if (start >= 0) {
            LocalDate date = ((AgendaRow.Item) rows.get(start + 1)).meeting().date();
            rows.set(start, new AgendaRow.Day(date, rows.size() - start - 1));
        }
    }
}
