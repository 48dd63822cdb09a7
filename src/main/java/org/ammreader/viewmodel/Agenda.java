package org.ammreader.viewmodel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Track;

/**
 * The meetings in the filter as text, day by day: the accessible equivalent of the drawn timeline. Within a
 * day, meetings with a known time come first in time order (a part of the day at its first hour), then the
 * others in lane order.
 */
public final class Agenda {

    private Agenda() {
    }

    public static List<AgendaRow> rows(Model model, AreaFilter filter) {
        Map<LocalDate, List<Meeting>> byDay = new TreeMap<>();
        for (Meeting meeting : model.meetings()) {
            if (filter.matches(meeting.areas())) {
                byDay.computeIfAbsent(meeting.date(), d -> new ArrayList<>()).add(meeting);
            }
        }
        List<String> trackOrder = model.tracks().stream().map(Track::id).toList();
        Comparator<Meeting> order = Comparator
                .comparing((Meeting m) -> !m.hasTime())
                .thenComparing(m -> m.time().earliest().orElse(LocalTime.MIDNIGHT))
                .thenComparingInt(m -> trackOrder.indexOf(m.track()));
        List<AgendaRow> rows = new ArrayList<>();
        byDay.forEach((day, meetings) -> {
            rows.add(new AgendaRow.Day(day, meetings.size()));
            meetings.stream().sorted(order).map(AgendaRow.Item::new).forEach(rows::add);
        });
        return rows;
    }
}
